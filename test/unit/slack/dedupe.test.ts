/** What makes a Slack request a repeat, and the kv claim that lets only the first through. */
import assert from 'node:assert/strict';
import Keyv from 'keyv';
import { DOUBLE_CLICK_WINDOW_MS, dedupeClaims } from '../../../bots/slack/middleware/dedupe.js';
import { createOnceGuard } from '../../../bots/slack/middleware/once-guard.js';

const click = (actionTs: string, value = '{"topic":"news"}') => ({
  type: 'block_actions',
  team: { id: 'T1' },
  user: { id: 'U1' },
  container: { type: 'message', message_ts: '17.1', channel_id: 'C1' },
  actions: [{ action_id: 'help.topic:0', block_id: 'b', action_ts: actionTs, value }],
});

describe('Slack dedupe', () => {
  it('keys events on event_id', () => {
    assert.deepEqual(
      dedupeClaims({ type: 'event_callback', event_id: 'Ev1' }).map((c) => c.key),
      ['event:Ev1'],
    );
  });

  it('keys a click on its exact payload and, briefly, on the button and value', () => {
    const first = dedupeClaims(click('1.1'));
    const again = dedupeClaims(click('1.2'));
    assert.notEqual(first[0].key, again[0].key, 'a new action_ts is a new payload');
    assert.equal(first[1].key, again[1].key, 'but the same button and value: a double click');
    assert.equal(first[1].ttlMs, DOUBLE_CLICK_WINDOW_MS);
    assert.notEqual(dedupeClaims(click('1.3', '{"topic":"polls"}'))[1].key, first[1].key);
  });

  it('never dedupes slash commands', () => {
    assert.deepEqual(dedupeClaims({ command: '/relais', text: 'help' }), []);
  });

  it('lets exactly one of many simultaneous claims through', async () => {
    const guard = createOnceGuard(new Keyv());
    const results = await Promise.all(Array.from({ length: 10 }, () => guard.claim('k', 60_000)));
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(await guard.claim('k', 60_000), false);
    assert.equal(await guard.claim('other', 60_000), true);
  });

  it('lets a key through again once its TTL has passed', async () => {
    const guard = createOnceGuard(new Keyv());
    assert.equal(await guard.claim('short', 20), true);
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(await guard.claim('short', 20), true);
  });
});
