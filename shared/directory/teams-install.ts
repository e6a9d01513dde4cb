/**
 * Teams proactive install (TEAMS_PROACTIVE_INSTALL=1): after an Entra run, Relais is installed in
 * the personal scope of each active synced person the bot has not met on Teams and who is not
 * already known reachable, through Graph `POST /users/{id}/teamwork/installedApps` (permission
 * TeamsAppInstallation.ReadWriteSelfForUser.All), at most TEAMS_INSTALL_RATE_PER_SECOND calls
 * started per second (Graph's Teams APIs allow about 30/s per app and tenant; 429/503/504 wait for
 * Retry-After in the Graph client). Each person's Teams reach is recorded with its reason; a
 * failure is tried again after the next run.
 */
import { sql } from 'kysely';
import type { DirectoryDb } from './directory-tables.js';
import { type GraphClient, graphMessage } from './graph-client.js';

export interface InstallSettings {
  tenantId: string;
  catalogAppId: string;
  perSecond: number;
  graphApiUrl: string;
  /** installs in flight at once */
  concurrency?: number;
}

export interface InstallOutcome {
  status: 'reachable' | 'unreachable';
  reason: string;
}

/** Graph's answer to an install, as a reach and its reason. */
export async function installFor(
  graph: GraphClient,
  userId: string,
  settings: InstallSettings,
): Promise<InstallOutcome> {
  const answer = await graph.post(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`, {
    'teamsApp@odata.bind': `${settings.graphApiUrl}/appCatalogs/teamsApps/${settings.catalogAppId}`,
  });
  if (answer.status === 201) return { status: 'reachable', reason: 'installed' };
  // 409: already installed (by policy, by the person, or by an earlier run)
  if (answer.status === 409) return { status: 'reachable', reason: 'already_installed' };
  if (answer.status === 403)
    return { status: 'unreachable', reason: `install_refused: ${graphMessage(answer)}` };
  if (answer.status === 404) return { status: 'unreachable', reason: `not_found: ${graphMessage(answer)}` };
  return { status: 'unreachable', reason: `install_failed: ${graphMessage(answer)}` };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Installs for every candidate, paced; answers how many installs were tried. */
export async function installForAll(
  db: DirectoryDb,
  graph: GraphClient,
  settings: InstallSettings,
): Promise<number> {
  const gap = 1000 / settings.perSecond;
  const concurrency = settings.concurrency ?? 16;
  let nextStart = Date.now();
  let tried = 0;
  let after = '';
  const inFlight = new Set<Promise<void>>();
  for (;;) {
    const page = await candidates(db, settings.tenantId, after);
    if (page.length === 0) break;
    after = page[page.length - 1].person_id;
    for (const { person_id, aad_object_id } of page) {
      const wait = nextStart - Date.now();
      if (wait > 0) await sleep(wait);
      nextStart = Math.max(nextStart, Date.now()) + gap;
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const task = (async () => {
        const outcome = await installFor(graph, aad_object_id!, settings);
        await record(db, person_id, outcome);
      })().finally(() => inFlight.delete(task));
      inFlight.add(task);
      tried += 1;
    }
  }
  await Promise.all(inFlight);
  return tried;
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

async function record(db: DirectoryDb, personId: string, outcome: InstallOutcome): Promise<void> {
  const now = new Date().toISOString();
  await db
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
}
