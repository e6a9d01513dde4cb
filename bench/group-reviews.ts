/**
 * `npm run bench -- groups-review`: preparing the access review of 500 extranet groups holding
 * 10,000 guests (20 each, one manager each, a charter every guest accepted), on SQLite and on
 * PostgreSQL (a fresh schema on the local test server, skipped when unreachable), with the real
 * code the hourly sweep runs (startDueReviews: one review per group and period, one item per
 * guest with the charter version they accepted, a card job per manager). The figures: the time
 * (goal ≤ 10 s), reviews and items made, and a second sweep making none (once per period).
 * Then one full sweep over the same data (charter deadlines, open reviews, expiry), timed.
 * BENCH_GROUPS / BENCH_GUESTS_PER_GROUP change the sizes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { DAY_MS } from '../shared/groups/reviews/guests-context.js';
import { startDueReviews } from '../shared/groups/reviews/review-cycle.js';
import { sweep } from '../shared/groups/reviews/sweep.js';
import { createLogger } from '../shared/logging/logger.js';
import { postgresTestUrl } from '../test/harness/databases.js';
import type { Benchmark } from './benchmark.js';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 500);
const PER_GROUP = Number(process.env.BENCH_GUESTS_PER_GROUP ?? 20);
const CHUNK = 500;

async function inChunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

async function onBackend(name: string, env: Record<string, string>): Promise<void> {
  console.log(`\n-- ${name}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-group-reviews-'));
  const config = loadConfig({ ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0' });
  const core = await createCore(config, createLogger('warn'));
  try {
    const ctx = core.groupGuests.context;
    const db = ctx.db;
    const created = new Date().toISOString();
    const seedStart = performance.now();
    const people = [];
    const groups = [];
    const members = [];
    const charters = [];
    const acceptances = [];
    for (let g = 0; g < GROUPS; g++) {
      const groupId = `g${String(g).padStart(5, '0')}`;
      const managerId = `m${groupId}`;
      groups.push({
        id: groupId,
        name_fr: `Groupe ${g}`,
        name_en: `Group ${g}`,
        description_fr: null,
        description_en: null,
        kind: 'partners',
        teams_tenant_id: null,
        teams_team_id: null,
        teams_channel_id: null,
        slack_team_id: null,
        slack_channel_id: null,
        created_by: null,
        created_at: created,
        archived_at: null,
      });
      charters.push({
        group_id: groupId,
        version: 1,
        text_fr: 'Charte',
        text_en: 'Charter',
        hash: 'h',
        created_by: null,
        created_at: created,
      });
      people.push({ id: managerId, kind: 'member' as const });
      members.push({
        group_id: groupId,
        person_id: managerId,
        right: 'manager',
        added_by: null,
        added_at: created,
        joined_at: created,
        expires_at: null,
        last_active_at: created,
        removed_at: null,
        removed_reason: null,
      });
      for (let k = 0; k < PER_GROUP; k++) {
        const personId = `${groupId}-guest${k}`;
        people.push({ id: personId, kind: 'guest' as const });
        members.push({
          group_id: groupId,
          person_id: personId,
          right: 'member',
          added_by: managerId,
          added_at: created,
          joined_at: created,
          expires_at: null,
          last_active_at: k % 3 ? created : null,
          removed_at: null,
          removed_reason: null,
        });
        acceptances.push({
          group_id: groupId,
          person_id: personId,
          version: 1,
          hash: 'h',
          accepted_at: created,
          platform: 'teams',
        });
      }
    }
    await inChunks(people, (part) =>
      core.store.db
        .insertInto('people')
        .values(
          part.map((p) => ({
            id: p.id,
            email: null,
            display_name: p.id,
            department: null,
            site: null,
            manager_id: null,
            start_date: null,
            locale: 'fr',
            time_zone: null,
            kind: p.kind,
            kind_source: 'directory',
            search_text: p.id,
            active: 1,
            created_at: created,
            updated_at: created,
          })),
        )
        .execute(),
    );
    await inChunks(groups, (part) => db.insertInto('groups').values(part).execute());
    await inChunks(charters, (part) => db.insertInto('group_charters').values(part).execute());
    await inChunks(members, (part) => db.insertInto('group_members').values(part).execute());
    await inChunks(acceptances, (part) => db.insertInto('group_charter_acceptances').values(part).execute());
    if (core.store.dialect === 'postgres') await sql`analyze`.execute(core.store.db);
    else await sql`pragma optimize`.execute(core.store.db);
    console.log(
      `  seeded ${GROUPS} groups, ${GROUPS * PER_GROUP} guests in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const reviewTime = new Date(Date.now() + 91 * DAY_MS);
    const started = performance.now();
    const prepared = await startDueReviews(ctx, reviewTime);
    const seconds = (performance.now() - started) / 1000;
    const counts = await db
      .selectFrom('group_review_items')
      .select((eb) => [
        eb.fn.countAll<number>().as('items'),
        eb.fn.count<number>('charter_version').as('withVersion'),
      ])
      .executeTakeFirstOrThrow();
    const again = await startDueReviews(ctx, reviewTime);
    console.log(
      `  access review prepared for ${prepared} groups, ${Number(counts.items)} guests ` +
        `(${Number(counts.withVersion)} with their accepted charter version): ${seconds.toFixed(2)} s (goal ≤ 10 s); ` +
        `a second sweep prepared ${again} (goal 0: once per group and period)`,
    );
    // the whole hourly sweep over the same data: charter deadlines, open reviews, expiry scan
    const sweepStart = performance.now();
    await sweep(ctx, reviewTime);
    console.log(
      `  a full sweep over them (deadlines, open reviews, expiry): ${((performance.now() - sweepStart) / 1000).toFixed(2)} s`,
    );
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const groupReviewsBenchmark: Benchmark = {
  name: 'groups-review',
  description: 'access review of 10,000 guests in 500 groups prepared, SQLite and PostgreSQL',
  async run() {
    await onBackend('SQLite', {});
    const pg = await postgresTestUrl();
    if (!pg) {
      console.log('\n-- PostgreSQL: skipped (server unreachable)');
      return;
    }
    try {
      await onBackend('PostgreSQL', { DATABASE_URL: pg.url });
    } finally {
      await pg.drop();
    }
  },
};
