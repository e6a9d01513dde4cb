/**
 * What makes a Slack request a repeat, and the middleware that lets only the first through. The
 * guard's own atomicity is the OnceGuard contract suite's (test/contract/once-guard.contract).
 */
import assert from 'node:assert/strict';
import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import { pino } from 'pino';
import sinon from 'sinon';
import {
  DOUBLE_CLICK_WINDOW_MS,
  dedupeClaims,
  dedupeMiddleware,
  EVENT_DEDUPE_TTL_MS,
} from '../../../bots/slack/middleware/dedupe.js';
import type { OnceGuard } from '../../../shared/kv/once-guard.js';

/** a guard that remembers every key it granted (no expiry: these tests never wait) */
const recordingGuard = () => {
  const granted = new Set<string>();
  const held = new Map<string, string>();
  const claims: { key: string; ttlMs: number }[] = [];
  const guard: OnceGuard = {
    async claim(key, ttlMs) {
      claims.push({ key, ttlMs });
      if (granted.has(key)) return false;
      granted.add(key);
      return true;
    },
    async claimChange(key, value, ttlMs) {
      claims.push({ key, ttlMs });
      if (held.get(key) === value) return false;
      held.set(key, value);
      return true;
    },
  };
  return { guard, claims, held };
};

/** Bolt's middleware arguments, reduced to what the dedupe reads */
const argsFor = (body: Record<string, unknown>, withAck = true) => {
  const next = sinon.stub().resolves();
  const ack = sinon.stub().resolves();
  const args = { body, context: { retryNum: 1 }, next, ...(withAck ? { ack } : {}) };
  return { args: args as unknown as AnyMiddlewareArgs & AllMiddlewareArgs, next, ack };
};

const click = (actionTs: string, value = '{"topic":"news"}', ticked?: string[]) => ({
  type: 'block_actions',
  team: { id: 'T1' },
  user: { id: 'U1' },
  container: { type: 'message', message_ts: '17.1', channel_id: 'C1' },
  actions: [{ action_id: 'help.topic:0', block_id: 'b', action_ts: actionTs, value }],
  ...(ticked
    ? {
        state: {
          values: {
            'in.poll_choice': {
              value: { type: 'checkboxes', selected_options: ticked.map((v) => ({ value: v })) },
            },
          },
        },
      }
    : {}),
});

describe('Slack dedupe', () => {
  it('keys events on event_id', () => {
    assert.deepEqual(
      dedupeClaims({ type: 'event_callback', event_id: 'Ev1' }).map((c) => c.key),
      ['event:Ev1'],
    );
  });

  it('keys a click on its exact payload and, briefly, on the message with the button and what was chosen', () => {
    const first = dedupeClaims(click('1.1'));
    const again = dedupeClaims(click('1.2'));
    assert.notEqual(first[0].key, again[0].key, 'a new action_ts is a new payload');
    assert.equal(first[1].key, again[1].key, 'the same message');
    assert.equal(first[1].chosen, again[1].chosen, 'and the same value: a double click');
    assert.equal(first[1].ttlMs, DOUBLE_CLICK_WINDOW_MS);
    assert.notEqual(dedupeClaims(click('1.3', '{"topic":"polls"}'))[1].chosen, first[1].chosen);
  });

  it('counts the inputs sent with the button as chosen, whatever order Slack lists them in', () => {
    const vote = (ticked: string[]) => dedupeClaims(click('2.1', '{"poll":"p"}', ticked))[1].chosen;
    assert.notEqual(vote(['o0']), vote(['o1']), 'other options ticked: a correction');
    assert.notEqual(vote(['o0']), vote(['o0', 'o1']));
    assert.equal(vote(['o1']), vote(['o1']));
    const state = (values: Record<string, unknown>) =>
      dedupeClaims({ ...click('2.2'), state: { values } })[1].chosen;
    const a = { type: 'plain_text_input', value: 'x' };
    const b = { type: 'radio_buttons', selected_option: { value: 'y' } };
    assert.equal(
      state({ 'in.a': { value: a }, 'in.b': { value: b } }),
      state({ 'in.b': { value: b }, 'in.a': { value: a } }),
    );
  });

  it('keys a slash command on its trigger_id, for as long as an event', () => {
    const command = (trigger: string) => ({
      command: '/relais',
      text: 'help',
      team_id: 'T1',
      user_id: 'U1',
      trigger_id: trigger,
    });
    const [claim] = dedupeClaims(command('1.2.a'));
    assert.deepEqual(claim, { key: 'command:T1:U1:1.2.a', ttlMs: EVENT_DEDUPE_TTL_MS });
    assert.notEqual(dedupeClaims(command('1.3.b'))[0].key, claim.key, 'typed again: a new trigger_id');
  });

  describe('middleware', () => {
    const logger = pino({ level: 'silent' });

    it('lets the first delivery of an event through and acknowledges a retry without handling it', async () => {
      const { guard, claims } = recordingGuard();
      const middleware = dedupeMiddleware(guard, logger);
      const first = argsFor({ type: 'event_callback', event_id: 'Ev1' }, false);
      await middleware(first.args);
      assert.equal(first.next.callCount, 1);
      assert.deepEqual(claims[0], { key: 'slack:event:Ev1', ttlMs: EVENT_DEDUPE_TTL_MS });

      const retry = argsFor({ type: 'event_callback', event_id: 'Ev1' });
      await middleware(retry.args);
      assert.equal(retry.next.callCount, 0, 'the retry goes no further');
      assert.equal(retry.ack.callCount, 1, 'but is acknowledged, so Slack stops retrying');
    });

    it('lets a corrected choice through at once, and back again: only a repeat of the last is dropped', async () => {
      const { guard } = recordingGuard();
      const middleware = dedupeMiddleware(guard, logger, 'signing-secret');
      const passed: boolean[] = [];
      for (const [ts, ticked] of [
        ['3.1', ['o0']],
        ['3.2', ['o1']],
        ['3.3', ['o0']],
        ['3.4', ['o0']],
      ] as const) {
        const args = argsFor(click(ts, '{"poll":"p"}', [...ticked]));
        await middleware(args.args);
        passed.push(args.next.callCount === 1);
        if (!passed.at(-1)) assert.equal(args.ack.callCount, 1, 'a dropped double click is acknowledged');
      }
      assert.deepEqual(passed, [true, true, true, false]);
    });

    it('lets a single-choice voter go back to an option at once: A, B, A pass, A again does not', async () => {
      const { guard } = recordingGuard();
      const middleware = dedupeMiddleware(guard, logger, 'signing-secret');
      const passed: boolean[] = [];
      for (const [ts, option] of [
        ['5.1', 'o0'],
        ['5.2', 'o1'],
        ['5.3', 'o0'],
        ['5.4', 'o0'],
      ] as const) {
        // one button per option, as on a single-choice poll card
        const body = click(ts, `{"poll":"p","option":"${option}"}`);
        body.actions[0].action_id = `poll.vote:${option}`;
        const args = argsFor(body);
        await middleware(args.args);
        passed.push(args.next.callCount === 1);
      }
      assert.deepEqual(passed, [true, true, true, false]);
    });

    it('keeps what was chosen as a keyed digest, not as the options', async () => {
      const { guard, held } = recordingGuard();
      await dedupeMiddleware(
        guard,
        logger,
        'signing-secret',
      )(argsFor(click('4.1', '{"poll":"p"}', ['o7'])).args);
      const stored = JSON.stringify([...held]);
      assert.ok(!stored.includes('o7') && !stored.includes('U1'), stored);
    });

    it('drops a double click even though its action_ts is new', async () => {
      const { guard, claims } = recordingGuard();
      const middleware = dedupeMiddleware(guard, logger);
      const first = argsFor(click('1.1'));
      await middleware(first.args);
      const second = argsFor(click('1.2'));
      await middleware(second.args);
      assert.equal(first.next.callCount, 1);
      assert.equal(second.next.callCount, 0);
      assert.equal(second.ack.callCount, 1);
      assert.deepEqual(
        claims.map((c) => c.ttlMs),
        [EVENT_DEDUPE_TTL_MS, DOUBLE_CLICK_WINDOW_MS, EVENT_DEDUPE_TTL_MS, DOUBLE_CLICK_WINDOW_MS],
      );
      assert.ok(claims.every((c) => c.key.startsWith('slack:')));
    });

    it('passes a slash command on once and acknowledges its replay without running it', async () => {
      const { guard } = recordingGuard();
      const middleware = dedupeMiddleware(guard, logger);
      const body = { command: '/relais', text: 'help', team_id: 'T1', user_id: 'U1', trigger_id: '1.2.a' };
      const first = argsFor(body);
      await middleware(first.args);
      assert.equal(first.next.callCount, 1);
      const replay = argsFor({ ...body });
      await middleware(replay.args);
      assert.equal(replay.next.callCount, 0);
      assert.equal(replay.ack.callCount, 1);
      const typedAgain = argsFor({ ...body, trigger_id: '1.3.b' });
      await middleware(typedAgain.args);
      assert.equal(typedAgain.next.callCount, 1);
    });

    it('lets a guard failure reach the error handler instead of passing the request on', async () => {
      const down = async () => Promise.reject(new Error('database down'));
      const failing: OnceGuard = { claim: down, claimChange: down };
      const { args, next } = argsFor({ type: 'event_callback', event_id: 'Ev2' });
      await assert.rejects(dedupeMiddleware(failing, logger)(args), /database down/);
      assert.equal(next.callCount, 0);
    });
  });
});
