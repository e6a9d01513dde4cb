/**
 * The event log on both SQL stores: events tracked during one turn of the event loop (many
 * people's clicks at once) are written by one multi-row insert, events tracked while an insert is
 * still on its way wait for it and go together in the next one, and track() resolves only once
 * its event is in the table.
 */
import assert from 'node:assert/strict';
import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { createEventLog } from '../../shared/events/event-log.js';
import { createLogger } from '../../shared/logging/logger.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';
import { traceSql } from '../harness/sql-trace.js';

describeEachStore('event log contract', (backend) => {
  let store: Store;
  before(async () => {
    store = await backend().openStore();
  });

  /** counts the inserts into events the drivers run while `work` runs */
  async function insertsDuring(work: () => Promise<unknown>): Promise<number> {
    const trace = traceSql();
    trace.start();
    try {
      await work();
    } finally {
      trace.stop();
      trace.dispose();
    }
    return trace.statements.filter((s) => /^insert into "events"/.test(s)).length;
  }

  it('writes the events of one turn with one insert, each resolved once written', async () => {
    const events = createEventLog(store, createLogger('silent'));
    const subjectId = `batch-${Date.now()}-${Math.random()}`;
    const inserts = await insertsDuring(() =>
      Promise.all(
        Array.from({ length: 7 }, (_, i) =>
          events.track({ type: 'card.action', subjectType: 'test', subjectId, data: { i } }),
        ),
      ),
    );
    assert.equal(inserts, 1);
    const rows = await store.db
      .selectFrom('events')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .execute();
    assert.deepEqual(rows.map((r) => JSON.parse(r.data ?? '{}').i).sort(), [0, 1, 2, 3, 4, 5, 6]);
  });

  it('writes an event tracked alone at once, visible when track() resolves', async () => {
    const events = createEventLog(store, createLogger('silent'));
    const subjectId = `alone-${Date.now()}-${Math.random()}`;
    await events.track({ type: 'poll.voted', personId: null, subjectType: 'poll', subjectId });
    const rows = await store.db
      .selectFrom('events')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].type, 'poll.voted');
  });

  it('holds the events tracked while an insert is on its way for one next insert', async () => {
    // the first insert's answer is held until released: the turns that follow track events
    // while it is on its way (as on PostgreSQL under load, without timing anything)
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    let heldNow = () => {};
    const holding = new Promise<void>((resolve) => {
      heldNow = resolve;
    });
    const gate: KyselyPlugin = {
      transformQuery: (args) => args.node,
      async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        if (first) {
          first = false;
          heldNow();
          await held;
        }
        return args.result;
      },
    };
    const events = createEventLog({ ...store, db: store.db.withPlugin(gate) }, createLogger('silent'));
    const subjectId = `held-${Date.now()}-${Math.random()}`;
    const track = (i: number) =>
      events.track({ type: 'card.action', subjectType: 'test', subjectId, data: { i } });
    const inserts = await insertsDuring(async () => {
      const tracked = [track(0)];
      await holding;
      for (const i of [1, 2, 3]) {
        // each in a turn of its own
        await new Promise((resolve) => setImmediate(resolve));
        tracked.push(track(i));
      }
      await new Promise((resolve) => setImmediate(resolve));
      release();
      await Promise.all(tracked);
    });
    assert.equal(inserts, 2, 'the first insert, then one for the three that waited');
    const rows = await store.db
      .selectFrom('events')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .execute();
    assert.deepEqual(rows.map((r) => JSON.parse(r.data ?? '{}').i).sort(), [0, 1, 2, 3]);
  });
});
