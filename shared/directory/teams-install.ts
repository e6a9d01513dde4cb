/**
 * Teams proactive install (TEAMS_PROACTIVE_INSTALL=1): Relais is installed in the personal scope
 * of an active synced person the bot has not met on Teams, through Graph
 * `POST /users/{id}/teamwork/installedApps` (permission TeamsAppInstallation.ReadWriteSelfForUser.All;
 * 409 = already installed), then their 1:1 chat with the bot is looked up
 * (`GET …/installedApps?$filter=teamsApp/id eq '{catalog id}'`, then `GET …/installedApps/{id}/chat`)
 * and saved as a personal conversation, so a delivery posts into it directly. When the lookup
 * fails, the person is still reachable: the Teams messenger creates the 1:1 on the connector at
 * the first send. Every Graph request takes a slot of the Graph pacer (graph-pacer.ts); 429/503/504
 * wait for Retry-After in the Graph client. Each person's Teams reach is recorded with its reason.
 *
 * Two callers: after each Entra run, everyone not reachable yet (a failure is tried again at the
 * next run); and a delivery to someone not yet reachable (installs first, instead of ending
 * unreachable). Within an instance one person is never installed twice at once.
 */
import { sql } from 'kysely';
import { DeliveryError } from '../errors/errors.js';
import type { DirectoryDb } from './directory-tables.js';
import { type GraphClient, graphMessage } from './graph-client.js';

export interface InstallSettings {
  tenantId: string;
  catalogAppId: string;
  graphApiUrl: string;
  /** TEAMS_SERVICE_URL, the connector a saved chat is posted through */
  serviceUrl: string;
  /** the bot's Microsoft app id, the sender in a saved chat's reference */
  botAppId?: string;
  /** installs in flight at once (the pacer sets the rate; this bounds the waiting) */
  concurrency?: number;
}

export interface InstallOutcome {
  status: 'reachable' | 'unreachable';
  reason: string;
  /** the 1:1 chat with the bot, when Graph gave it */
  chatId?: string;
}

/** Graph's answer to an install, as a reach and its reason, with the chat when reachable. */
export async function installFor(
  graph: GraphClient,
  userId: string,
  settings: InstallSettings,
): Promise<InstallOutcome> {
  const user = `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
  const answer = await graph.post(user, {
    'teamsApp@odata.bind': `${settings.graphApiUrl}/appCatalogs/teamsApps/${settings.catalogAppId}`,
  });
  let reason: string;
  if (answer.status === 201) reason = 'installed';
  // 409: already installed (by policy, by the person, or by an earlier run)
  else if (answer.status === 409) reason = 'already_installed';
  else if (answer.status === 403)
    return { status: 'unreachable', reason: `install_refused: ${graphMessage(answer)}` };
  else if (answer.status === 404)
    return { status: 'unreachable', reason: `not_found: ${graphMessage(answer)}` };
  else return { status: 'unreachable', reason: `install_failed: ${graphMessage(answer)}` };
  const chat = await chatOf(graph, user, settings.catalogAppId);
  return 'chatId' in chat
    ? { status: 'reachable', reason, chatId: chat.chatId }
    : { status: 'reachable', reason: `${reason}; ${chat.problem}` };
}

/** The person's 1:1 chat with the bot: their installation of the catalog app, then its chat. */
async function chatOf(
  graph: GraphClient,
  installedApps: string,
  catalogAppId: string,
): Promise<{ chatId: string } | { problem: string }> {
  const filter = encodeURIComponent(`teamsApp/id eq '${catalogAppId.replace(/'/g, "''")}'`);
  const listed = await graph.get(`${installedApps}?$expand=teamsApp&$filter=${filter}`);
  const installation = (listed.body as { value?: { id?: unknown }[] } | undefined)?.value?.[0]?.id;
  if (listed.status !== 200 || typeof installation !== 'string')
    return { problem: `chat_lookup_failed: ${graphMessage(listed)}` };
  const chat = await graph.get(`${installedApps}/${encodeURIComponent(installation)}/chat`);
  const chatId = (chat.body as { id?: unknown } | undefined)?.id;
  if (chat.status !== 200 || typeof chatId !== 'string')
    return { problem: `chat_lookup_failed: ${graphMessage(chat)}` };
  return { chatId };
}

export interface TeamsInstaller {
  /** installs for every active synced person not reachable on Teams yet; how many were tried */
  installAll(): Promise<number>;
  /**
   * Before a delivery to someone met only through the directory: returns once they are
   * reachable (their chat saved, or installed), installing first when never tried; throws
   * DeliveryError('unreachable') with the recorded reason otherwise.
   */
  reachFirst(personId: string, aadObjectId: string): Promise<void>;
}

export function createTeamsInstaller(
  db: DirectoryDb,
  graph: GraphClient,
  settings: InstallSettings,
): TeamsInstaller {
  const inFlight = new Map<string, Promise<InstallOutcome>>();

  /** one install per person at a time in this instance: a sync and a delivery share it */
  function install(personId: string, aadObjectId: string): Promise<InstallOutcome> {
    const running = inFlight.get(personId);
    if (running) return running;
    const task = (async () => {
      const outcome = await installFor(graph, aadObjectId, settings);
      await record(db, personId, aadObjectId, outcome, settings);
      return outcome;
    })().finally(() => inFlight.delete(personId));
    inFlight.set(personId, task);
    return task;
  }

  return {
    async installAll() {
      const concurrency = settings.concurrency ?? 64;
      let tried = 0;
      let after = '';
      const running = new Set<Promise<unknown>>();
      for (;;) {
        const page = await candidates(db, settings.tenantId, after);
        if (page.length === 0) break;
        after = page[page.length - 1].person_id;
        for (const { person_id, aad_object_id } of page) {
          while (running.size >= concurrency) await Promise.race(running);
          const task: Promise<unknown> = install(person_id, aad_object_id!).finally(() =>
            running.delete(task),
          );
          running.add(task);
          tried += 1;
        }
      }
      await Promise.all(running);
      return tried;
    },

    async reachFirst(personId, aadObjectId) {
      const chat = await db
        .selectFrom('conversations')
        .select('conversation_id')
        .where('platform', '=', 'teams')
        .where('kind', '=', 'personal')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (chat) return;
      const known = await db
        .selectFrom('person_reach')
        .select(['status', 'reason'])
        .where('person_id', '=', personId)
        .where('platform', '=', 'teams')
        .executeTakeFirst();
      // a failure recorded is tried again at the next sync, not once per message sent meanwhile
      const outcome = known ?? (await install(personId, aadObjectId));
      if (outcome.status !== 'reachable')
        throw new DeliveryError('unreachable', `Teams app not installed: ${outcome.reason}`, {
          platform: 'teams',
        });
    },
  };
}

/** Active synced people of the tenant with no Teams identity and no Teams reach yet, by id. */
function candidates(db: DirectoryDb, tenantId: string, after: string) {
  return db
    .selectFrom('identities as i')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .select(['i.person_id', 'i.aad_object_id'])
    .where('i.platform', '=', 'directory')
    .where('i.tenant_id', '=', tenantId)
    .where('i.person_id', '>', after)
    .where('p.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('identities as t')
            .select(sql`1`.as('one'))
            .whereRef('t.person_id', '=', 'i.person_id')
            .where('t.platform', '=', 'teams'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('person_reach as r')
            .select(sql`1`.as('one'))
            .whereRef('r.person_id', '=', 'i.person_id')
            .where('r.platform', '=', 'teams')
            .where('r.status', '=', 'reachable'),
        ),
      ),
    )
    .orderBy('i.person_id')
    .limit(500)
    .execute();
}

/** The person's Teams reach, and their chat as a personal conversation the messenger posts into. */
async function record(
  db: DirectoryDb,
  personId: string,
  aadObjectId: string,
  outcome: InstallOutcome,
  settings: InstallSettings,
): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('person_reach')
      .values({
        person_id: personId,
        platform: 'teams',
        status: outcome.status,
        reason: outcome.reason,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['person_id', 'platform'])
          .doUpdateSet({ status: outcome.status, reason: outcome.reason, updated_at: now }),
      )
      .execute();
    if (!outcome.chatId) return;
    const reference = JSON.stringify({
      channelId: 'msteams',
      serviceUrl: settings.serviceUrl,
      conversation: {
        id: outcome.chatId,
        tenantId: settings.tenantId,
        conversationType: 'personal',
        isGroup: false,
      },
      user: { id: aadObjectId, aadObjectId },
      bot: { id: settings.botAppId ? `28:${settings.botAppId}` : '28:relais', name: 'Relais' },
    });
    await trx
      .insertInto('conversations')
      .values({
        platform: 'teams',
        tenant_id: settings.tenantId,
        conversation_id: outcome.chatId,
        kind: 'personal',
        person_id: personId,
        reference,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['platform', 'conversation_id'])
          .doUpdateSet({ person_id: personId, reference, updated_at: now }),
      )
      .execute();
  });
}
