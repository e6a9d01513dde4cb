/**
 * News signals on SQLite and PostgreSQL: the first time of each (news, person, kind) is recorded
 * once however many times and however concurrently it arrives, and only the first write says so
 * (which is what sends one event per first signal); the tracked-link key exists once per database.
 */

import assert from 'node:assert/strict';
import { noAudienceGroups } from '../../shared/audiences/audience-groups.js';
import type { DeliveryService } from '../../shared/delivery/delivery-service.js';
import type { EventLog } from '../../shared/events/event-log.js';
import type { JobQueue } from '../../shared/jobs/queue.js';
import { createLogger } from '../../shared/logging/logger.js';
import { linkSecret, type NewsContext, recordSignal, signalAt } from '../../shared/news/news-context.js';
import { newsDb } from '../../shared/news/news-tables.js';
import type { PeopleService } from '../../shared/people/people-service.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

describeEachStore('news signals', (backend) => {
  let store: Store;
  let ctx: NewsContext;

  beforeEach(async () => {
    store = await backend().openStore();
    await newsDb(store).deleteFrom('news_signals').execute();
    ctx = {
      db: newsDb(store),
      // not used by signals
      jobs: {} as JobQueue,
      people: {} as PeopleService,
      events: {} as EventLog,
      delivery: {} as DeliveryService,
      audienceGroups: noAudienceGroups,
      settings: {
        approvalRequired: false,
        reminderDelayMs: 1000,
        reminderCount: 0,
        publicUrl: 'http://relais.test',
        consoleUrl: 'http://relais.test/tabs/',
        defaultLocale: 'fr',
      },
      logger: createLogger('silent'),
    };
  });

  it('records a first time once, and only the first write says it did', async () => {
    assert.equal(await recordSignal(ctx, 'news-1', 'person-1', 'acknowledged', 'teams'), true);
    const first = await signalAt(ctx, 'news-1', 'person-1', 'acknowledged');
    assert.ok(first);
    assert.equal(await recordSignal(ctx, 'news-1', 'person-1', 'acknowledged', 'slack'), false);
    assert.equal(await signalAt(ctx, 'news-1', 'person-1', 'acknowledged'), first, 'the first time stays');
    // other kinds, people and items are their own first times
    assert.equal(await recordSignal(ctx, 'news-1', 'person-1', 'read', 'teams'), true);
    assert.equal(await recordSignal(ctx, 'news-1', 'person-2', 'acknowledged', 'teams'), true);
    assert.equal(await recordSignal(ctx, 'news-2', 'person-1', 'acknowledged', 'teams'), true);
  });

  it('counts one first time among many concurrent writes', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => recordSignal(ctx, 'news-3', 'person-9', 'clicked', null)),
    );
    assert.equal(results.filter(Boolean).length, 1);
    const rows = await ctx.db
      .selectFrom('news_signals')
      .selectAll()
      .where('news_id', '=', 'news-3')
      .execute();
    assert.equal(rows.length, 1);
  });

  it('has one tracked-link key, made by the migration', async () => {
    const secret = await linkSecret(ctx);
    assert.ok(secret.length >= 40);
    const keys = await ctx.db.selectFrom('news_link_keys').selectAll().execute();
    assert.equal(keys.length, 1);
  });
});
