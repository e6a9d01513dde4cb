/**
 * What the chat adapters call when a platform says a tour may start: a first contact (app
 * installed in a 1:1, Slack team_join or first App Home visit) or a person joining a team or a
 * channel. Joining also remembers that channel as the one the newcomer may be introduced to.
 * A tour that cannot start is logged, never a failed install or a lost platform event: the
 * person can still type `tour` later.
 */
import type Keyv from 'keyv';
import type { Logger } from '../../logging/logger.js';
import type { ConversationTarget, PlatformName } from '../../messaging/messenger.js';
import { createIntroductionStore } from '../introduction/introduction-store.js';
import type { TourTrigger } from '../tour-model.js';

export interface TourStarter {
  start(personId: string, trigger: TourTrigger): Promise<unknown>;
}

export interface TriggerDeps {
  kv: Keyv;
  logger: Logger;
  tours: TourStarter;
}

async function startLogged(deps: TriggerDeps, personId: string, trigger: TourTrigger): Promise<void> {
  try {
    await deps.tours.start(personId, trigger);
  } catch (error) {
    deps.logger.error({ err: error, personId, trigger: trigger.kind }, 'tour not started');
  }
}

export const startOnFirstContact = (
  deps: TriggerDeps,
  personId: string,
  platform: PlatformName,
  conversation?: ConversationTarget,
): Promise<void> =>
  startLogged(deps, personId, { kind: 'first_contact', platform, ...(conversation ? { conversation } : {}) });

/** `team_join` (a Teams team) or `channel_join` (a Slack channel); groupKey names the team or channel. */
export async function startOnJoin(
  deps: TriggerDeps,
  personId: string,
  join: { kind: 'team_join' | 'channel_join'; conversation: ConversationTarget; groupKey: string },
): Promise<void> {
  await createIntroductionStore(deps.kv).rememberTeamChannel(personId, {
    groupKey: join.groupKey,
    target: join.conversation,
  });
  await startLogged(deps, personId, {
    kind: join.kind,
    platform: join.conversation.platform,
    conversation: join.conversation,
    groupKey: join.groupKey,
  });
}
