/**
 * Builders for the activities Teams posts to a bot, shaped like the real ones (channelId msteams,
 * tenant in both conversation.tenantId and channelData.tenant, from.aadObjectId, locale,
 * serviceUrl at the fake connector), plus a helper to post them to a running Relais.
 */
import { randomUUID } from 'node:crypto';

export interface TeamsUser {
  /** 29:… */
  id: string;
  aadObjectId: string;
  name: string;
}

export interface TeamsScene {
  serviceUrl: string;
  tenantId: string;
  user: TeamsUser;
  /** default fr-FR */
  locale?: string;
  /** default: the user's 1:1 chat with the bot */
  conversation?: { id: string; conversationType: 'personal' | 'channel' | 'groupChat'; isGroup?: boolean };
  bot?: { id: string; name: string };
}

export const relaisBot = { id: '28:relais-test-bot', name: 'Relais' };

export function teamsUser(name: string): TeamsUser {
  const aad = randomUUID();
  return { id: `29:${aad.replaceAll('-', '')}`, aadObjectId: aad, name };
}

export function personalConversation(user: TeamsUser) {
  return { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal' as const };
}

// biome-ignore lint/suspicious/noExplicitAny: activities are free-form wire JSON
export type WireActivity = Record<string, any>;

function base(scene: TeamsScene, type: string): WireActivity {
  const conversation = scene.conversation ?? personalConversation(scene.user);
  return {
    type,
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: scene.serviceUrl,
    from: { id: scene.user.id, name: scene.user.name, aadObjectId: scene.user.aadObjectId },
    recipient: scene.bot ?? relaisBot,
    conversation: { ...conversation, tenantId: scene.tenantId },
    channelData: { tenant: { id: scene.tenantId } },
    locale: scene.locale ?? 'fr-FR',
    entities: [{ type: 'clientInfo', locale: scene.locale ?? 'fr-FR', country: 'FR', platform: 'Web' }],
  };
}

/** A message; in channels, `mention: true` prefixes the bot's @mention like Teams does. */
export function messageActivity(
  scene: TeamsScene,
  text: string,
  options: { mention?: boolean } = {},
): WireActivity {
  const activity = base(scene, 'message');
  const bot = scene.bot ?? relaisBot;
  if (options.mention) {
    const mentionText = `<at>${bot.name}</at>`;
    activity.text = `${mentionText} ${text}`;
    activity.entities.push({ type: 'mention', text: mentionText, mentioned: { id: bot.id, name: bot.name } });
  } else {
    activity.text = text;
  }
  activity.textFormat = 'plain';
  return activity;
}

export function installationUpdateActivity(scene: TeamsScene, action: 'add' | 'remove'): WireActivity {
  return { ...base(scene, 'installationUpdate'), action };
}

/** conversationUpdate with the bot (and optionally others) in membersAdded. */
export function botAddedActivity(scene: TeamsScene, others: TeamsUser[] = []): WireActivity {
  const activity = base(scene, 'conversationUpdate');
  activity.membersAdded = [
    { id: (scene.bot ?? relaisBot).id },
    ...others.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId })),
  ];
  if (scene.conversation?.conversationType === 'channel') {
    activity.channelData.team = { id: '19:team@thread.tacv2', name: 'Team' };
    activity.channelData.eventType = 'teamMemberAdded';
  }
  return activity;
}

/**
 * The invoke Teams sends when someone clicks an Action.Execute: `value.action` carries the
 * button's verb and data, with the card's input values merged into `data` by input id.
 */
export function executeActionActivity(
  scene: TeamsScene,
  action: { verb?: unknown; data?: unknown; id?: string },
  options: { replyToId?: string; inputs?: Record<string, string> } = {},
): WireActivity {
  const data =
    action.data && typeof action.data === 'object'
      ? { ...(action.data as object), ...options.inputs }
      : action.data;
  return {
    ...base(scene, 'invoke'),
    name: 'adaptiveCard/action',
    replyToId: options.replyToId ?? `1:${randomUUID()}`,
    value: {
      action: { type: 'Action.Execute', id: action.id ?? randomUUID(), verb: action.verb, data },
      trigger: 'manual',
    },
  };
}

/**
 * Any other invoke (`task/fetch`, `task/submit`, `composeExtension/fetchTask`,
 * `composeExtension/submitAction`…): `name` and `value` as Teams sends them.
 */
export function invokeActivity(scene: TeamsScene, name: string, value: unknown): WireActivity {
  return { ...base(scene, 'invoke'), name, value };
}

export interface PostResult {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response JSON
  body: any;
}

/** POSTs to /api/messages like the Bot Framework service does. */
export async function postActivity(
  relaisUrl: string,
  body: unknown,
  options: { authorization?: string; raw?: string; contentType?: string } = {},
): Promise<PostResult> {
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/json' };
  if (options.authorization) headers.Authorization = options.authorization;
  const response = await fetch(`${relaisUrl}/api/messages`, {
    method: 'POST',
    headers,
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: response.status, body: parsed };
}
