/**
 * Pacer contract, on a clock the test moves by hand: a slot is used on time or not at all. A
 * sender that wakes late (the server stalled: a GC pause, a blocked event loop, a paused
 * container) takes a new slot instead of sending in a burst, and a 429 seen by any instance
 * sharing the budget voids every slot granted and not yet used, so nothing is sent during
 * Retry-After. Senders go through `paced` (what the delivery workers and single sends use) to a
 * messenger that notes the clock's time of each platform call. Between two moves of the clock
 * the senders run at the real speed of the backend, and only the clock's times are asserted, so
 * a loaded machine changes nothing.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { card } from '../../shared/cards/model.js';
import { createPacer } from '../../shared/delivery/create-pacer.js';
import { paced } from '../../shared/delivery/paced-send.js';
import type { Pacer, PacingRates } from '../../shared/delivery/pacer.js';
import { type Messenger, MessengerRegistry, type PlatformName } from '../../shared/messaging/messenger.js';
import { describeEachBackend } from '../harness/databases.js';
import { pollUntil } from '../harness/eventually.js';
import { FakeClock } from '../harness/fake-clock.js';

const rates: PacingRates = {
  teamsPerSecond: 20,
  slackStartPerSecond: 4,
  slackMaxPerSecond: 8,
  slackIncreasePerSecond: 0.001,
};
const TEAMS_INTERVAL_MS = 50;
const note = card('A note', { type: 'text', text: 'Hello' });

describeEachBackend('Pacer contract: stalls and 429s', (backend) => {
  const opened: Pacer[] = [];

  /** a pacer with its own store/connection, like another server instance, on the given clock */
  const instance = async (clock: FakeClock): Promise<Pacer> => {
    const b = backend();
    const store = await b.openStore();
    const pacer = createPacer(store, {
      redisUrl: b.redisUrl,
      redisPrefix: b.redisPrefix ? `${b.redisPrefix}:pacer:` : undefined,
      rates,
      clock,
    });
    opened.push(pacer);
    return pacer;
  };

  after(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close?.()));
  });

  it('senders that wake after a 600 ms stall take new slots: no burst above 20/s', async () => {
    const clock = new FakeClock();
    const platform = fakePlatform(clock, await instance(clock));
    const tenant = randomUUID();
    await platform.send('teams', tenant);
    const senders = Array.from({ length: 9 }, () => platform.send('teams', tenant));
    // each holds a slot of the next 450 ms and waits for it
    await pollUntil(
      () => clock.sleeping,
      (n) => n === 9,
      { what: 'nine senders waiting for their slots' },
    );
    clock.advance(600);
    await drive(clock, () => 10 - platform.sends.length);
    await Promise.all(senders);
    assertWithinBudget(platform.sends, TEAMS_INTERVAL_MS);
  });

  it('a slot that turns late between its grant and the platform call is taken again', async () => {
    const clock = new FakeClock();
    const platform = fakePlatform(clock, await instance(clock));
    const tenant = randomUUID();
    let release = () => {};
    const stalled = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = 0;
    // what the delivery worker does between its slot and the platform call (the row's claim)
    const senders = Array.from({ length: 10 }, () =>
      platform.send('teams', tenant, async () => {
        holding++;
        await stalled;
      }),
    );
    await drive(clock, () => 10 - holding);
    clock.advance(600);
    release();
    await drive(clock, () => 10 - platform.sends.length);
    await Promise.all(senders);
    assertWithinBudget(platform.sends, TEAMS_INTERVAL_MS);
  });

  for (const platformName of ['teams', 'slack'] as const) {
    for (const where of ['the same instance', 'another instance']) {
      it(`a ${platformName} 429 on ${where} voids the slots granted and not used yet: nothing is sent during Retry-After`, async () => {
        const clock = new FakeClock();
        const holder = await instance(clock);
        const seer = where === 'the same instance' ? holder : await instance(clock);
        const platform = fakePlatform(clock, holder);
        const tenant = randomUUID();
        await platform.send(platformName, tenant);
        const senders = Array.from({ length: 2 }, () => platform.send(platformName, tenant));
        await pollUntil(
          () => clock.sleeping,
          (n) => n === 2,
          { what: 'two senders waiting for their slots' },
        );
        const throttledAt = clock.now();
        await seer.throttled(platformName, tenant, 1_000);
        await drive(clock, () => 3 - platform.sends.length);
        await Promise.all(senders);
        const afterThrottle = platform.sends.slice(1).map((at) => at - throttledAt);
        for (const at of afterThrottle) assert.ok(at >= 1_000, `sent ${at} ms after the 429`);
      });
    }
  }
});

/** A messenger that notes the clock's time of each call, and senders through `paced`. */
function fakePlatform(clock: FakeClock, pacer: Pacer) {
  const sends: number[] = [];
  const messengers = new MessengerRegistry();
  for (const platform of ['teams', 'slack'] as const) {
    const messenger: Messenger = {
      platform,
      async send(target) {
        sends.push(clock.now());
        const tenantId = target.kind === 'person' ? target.identity.tenantId : target.tenantId;
        return { platform, tenantId, conversationId: 'c', messageId: `m${sends.length}` };
      },
      async update() {
        sends.push(clock.now());
      },
    };
    messengers.register(messenger);
  }
  const core = { pacer, messengers };
  return {
    sends,
    /** one paced send; `beforeCall` runs between the slot and the platform call */
    send: (platform: PlatformName, tenantId: string, beforeCall?: () => Promise<void>) =>
      paced(core, platform, tenantId, async (messenger) => {
        await beforeCall?.();
        return messenger.send({ kind: 'conversation', platform, tenantId, conversationId: 'c' }, note, {
          locale: 'en',
        });
      }),
  };
}

/**
 * Moves the clock to the next wake-up each time every unfinished sender waits on it (for its
 * slot): what a sender does between two wake-ups takes no time on this clock, however long the
 * backend takes, so a loaded machine cannot make a slot late here.
 */
async function drive(clock: FakeClock, unfinished: () => number): Promise<void> {
  for (;;) {
    await pollUntil(
      () => clock.sleeping,
      (n) => unfinished() === 0 || n === unfinished(),
      { what: 'every unfinished sender waiting for its slot' },
    );
    if (unfinished() === 0) return;
    clock.advanceToNext();
  }
}

/**
 * The budget promise: at most one call more than the rate in any second, and never more than two
 * within one interval (a slot may be used until the next one begins, never later).
 */
function assertWithinBudget(sends: number[], intervalMs: number): void {
  const times = [...sends].sort((a, b) => a - b);
  const perSecond = 1000 / intervalMs;
  for (const t of times) {
    const inInterval = times.filter((u) => u >= t && u < t + intervalMs).length;
    const inSecond = times.filter((u) => u >= t && u < t + 1000).length;
    assert.ok(inInterval <= 2, `${inInterval} calls within ${intervalMs} ms of ${t}: ${times.join(', ')}`);
    assert.ok(inSecond <= perSecond + 1, `${inSecond} calls within 1 s of ${t}`);
  }
}
