/**
 * After a click's handler, the dispatcher writes the click's event and tells the observers side
 * by side: the event log writes on the next turn of the loop and an observer (relay attribution)
 * reads the database, so one after the other the click's answer waited for both in turn. Held
 * with barriers, never timed: each side is seen to start while the other is still held.
 */
import assert from 'node:assert/strict';
import { ActionDispatcher } from '../../../shared/actions/dispatcher.js';
import type { TrackedEvent } from '../../../shared/events/event-log.js';
import type { Person } from '../../../shared/people/person.js';

const actor: Person = {
  id: 'p-1',
  email: null,
  displayName: 'Ada',
  department: null,
  site: null,
  managerId: null,
  startDate: null,
  locale: 'en',
  timeZone: null,
  kind: 'member',
  active: true,
  roles: [],
  identities: [],
};

/** a promise released by the test, and one that says when the held call began */
function barrier() {
  let release = () => {};
  let began = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const started = new Promise<void>((resolve) => {
    began = resolve;
  });
  return { release, released, began, started };
}

describe('action dispatcher: the click event and the observers', () => {
  it('tells the observers without waiting for the click event to be written, and answers after both', async () => {
    const event = barrier();
    const observed = barrier();
    const tracked: TrackedEvent[] = [];
    const dispatcher = new ActionDispatcher({
      track: async (e) => {
        tracked.push(e);
        event.began();
        await event.released;
      },
    });
    dispatcher.register('poll.vote', async () => ({ notice: 'counted' }));
    dispatcher.observe(async () => {
      observed.began();
      await observed.released;
    });
    let answered = false;
    const answer = dispatcher
      .dispatch({ action: 'poll.vote', payload: {}, actor, locale: 'en', platform: 'teams' })
      .then((result) => {
        answered = true;
        return result;
      });
    // both began while neither is released: they run side by side
    await Promise.all([event.started, observed.started]);
    assert.equal(tracked[0]?.type, 'card.action');
    observed.release();
    await observed.released;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(answered, false, 'the answer still waits for its event');
    event.release();
    assert.equal((await answer).notice, 'counted');
  });

  it('answers the click when an observer fails', async () => {
    const dispatcher = new ActionDispatcher({ track: async () => {} });
    dispatcher.register('poll.vote', async () => ({ notice: 'counted' }));
    dispatcher.observe(async () => {
      throw new Error('insight lost');
    });
    const result = await dispatcher.dispatch({
      action: 'poll.vote',
      payload: {},
      actor,
      locale: 'en',
      platform: 'slack',
    });
    assert.equal(result.notice, 'counted');
  });
});
