/**
 * The news and poll rows of each audience group (steps 042 and 043), on SQLite and PostgreSQL: a
 * database migrated before them, holding news items and polls addressed to groups, is indexed by
 * them on the way forward, so a group's portal finds what was sent to it before the upgrade too.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { relaisMigrations } from '../../shared/capabilities.js';
import { orderedMigrations } from '../../shared/store/migration-steps.js';
import { describeEachStore } from '../harness/databases.js';
import { databaseAtMigration } from '../harness/schema-dump.js';

/** the step a deployed database stood at before the first of these */
const before = (() => {
  const ids = Object.keys(orderedMigrations(relaisMigrations, 'sqlite'));
  return ids[ids.indexOf('042-news-audience-groups') - 1] ?? '';
})();

describeEachStore('Audience group rows of news and polls', (backend) => {
  it('index the news items and polls sent to groups before the steps that added them', async () => {
    const db = await databaseAtMigration(backend(), before);
    try {
      const at = new Date().toISOString();
      const news = (id: string, audience: unknown) =>
        sql`insert into news (id, status, variants, audience, strategic, author_name, reminders_sent, created_at, updated_at)
          values (${id}, 'published', '{}', ${JSON.stringify(audience)}, 0, 'Relais', 0, ${at}, ${at})`.execute(
          db,
        );
      await news('n-groups', { groups: ['g-a', 'g-b', 'g-a'], everyone: false });
      await news('n-org', { everyone: true, groups: [] });
      const poll = (id: string, target: unknown) =>
        sql`insert into polls (id, question, max_choices, anonymous, result_visibility, allow_add_options, locale, target, created_at, updated_at)
          values (${id}, 'Q ?', 1, 0, 'live', 0, 'fr', ${target === null ? null : JSON.stringify(target)}, ${at}, ${at})`.execute(
          db,
        );
      await poll('p-groups', { audience: { groups: ['g-b'] } });
      await poll('p-channel', { conversation: { platform: 'slack', tenantId: 'T1', conversationId: 'C1' } });
      await poll('p-none', null);
    } finally {
      await db.destroy();
    }

    const store = await backend().openStore();
    const newsRows = await sql<{ group_id: string; news_id: string }>`
      select group_id, news_id from news_audience_groups order by group_id, news_id`.execute(store.db);
    assert.deepEqual(newsRows.rows, [
      { group_id: 'g-a', news_id: 'n-groups' },
      { group_id: 'g-b', news_id: 'n-groups' },
    ]);
    const pollRows = await sql<{ group_id: string; poll_id: string }>`
      select group_id, poll_id from poll_audience_groups order by group_id, poll_id`.execute(store.db);
    assert.deepEqual(pollRows.rows, [{ group_id: 'g-b', poll_id: 'p-groups' }]);
  });
});
