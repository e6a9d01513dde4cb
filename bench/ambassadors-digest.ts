/**
 * The server side of `npm run bench -- ambassadors`, run as its own process so its memory is
 * measured alone (the seeding stays in the bench's process): starts Relais from the environment
 * (its Teams messenger proactive over the bench's rate-limited fake connector), computes every
 * ambassador's weekly digest with the real code, BENCH_CONCURRENCY at a time as digest jobs do
 * (assignColleagues: keyset pages, the tours service, the news acknowledgements, the event log,
 * the assignment key), then sends each digest card 1:1 through the shared pacer, and prints one
 * JSON line: durations, assignments, sends, this process's peak RSS (its V8 heap and external
 * memory; the esbuild service tsx runs beside it, ~12 MB, is another process and not counted),
 * the pacer's dropped slots and the event loop's delay while sending (a stall longer than a
 * slot's interval drops the slot: slot-leases.ts).
 * Env: BENCH_AMBASSADOR_IDS (JSON [personId, department]), BENCH_CONCURRENCY, BENCH_SEND_LANES.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startRelais } from '../bots/start-relais.js';
import { type DigestEntry, digestCard } from '../shared/ambassadors/ambassador-cards.js';
import type { AmbassadorContext } from '../shared/ambassadors/ambassador-context.js';
import { sendToPerson } from '../shared/ambassadors/ambassador-send.js';
import { ambassadorDb } from '../shared/ambassadors/ambassador-tables.js';
import { weekAt } from '../shared/ambassadors/ambassador-week.js';
import { assignColleagues } from '../shared/ambassadors/digests.js';
import { translator } from '../shared/i18n/i18n.js';

const ambassadors: [string, string][] = JSON.parse(process.env.BENCH_AMBASSADOR_IDS ?? '[]');
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
/**
 * sends under way at once (waiting for their pacer slot, or on the wire): enough that a loaded
 * machine's slower round trips still keep every slot of the budget taken
 */
const SEND_LANES = Number(process.env.BENCH_SEND_LANES ?? 100);

const relais = await startRelais({ env: process.env });
const core = relais.core;
const startedRss = process.memoryUsage().rss;
let peak = startedRss;
let peakHeap = 0;
let peakExternal = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapTotal);
  peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
}, 50);
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
try {
  const ctx: AmbassadorContext = {
    ...core,
    db: ambassadorDb(core.store),
    settings: {
      ...(core.config.ambassadors ?? { inactiveDays: 14, digestSize: 10, relaysPerWeek: 3 }),
      defaultLocale: 'fr',
    },
  };
  const week = weekAt(new Date(), 'Europe/Paris');
  const lists = new Map<string, DigestEntry[]>();

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  // ambassadors of one department racing for the same colleagues: the assignment key settles it
  const computeLane = async () => {
    while (next < ambassadors.length) {
      const [personId, department] = ambassadors[next++]!;
      lists.set(
        personId,
        await assignColleagues(
          ctx,
          { personId, scope: { departments: [department], sites: [], groups: [] } },
          week,
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, computeLane));
  const computeSeconds = (performance.now() - started) / 1000;
  // this process's CPU time: on a loaded machine the wall time also counts the waits for a core
  const computeCpu = process.cpuUsage(cpuBefore);
  const computePeak = peak;

  let sent = 0;
  let failed = 0;
  let sendNext = 0;
  const sendLane = async () => {
    while (sendNext < ambassadors.length) {
      const [personId] = ambassadors[sendNext++]!;
      const person = await core.people.get(personId);
      if (!person) continue;
      try {
        await sendToPerson(ctx, person, (locale) =>
          digestCard(translator(locale), week, lists.get(personId) ?? [], ctx.settings.inactiveDays),
        );
        sent++;
      } catch {
        // a 429 or a failure: a digest job would retry it later; counted, not retried here
        failed++;
      }
    }
  };
  // the loop's delay while sending only: a stall longer than a slot's interval drops the slot
  loopDelay.reset();
  const sendStarted = Date.now();
  await Promise.all(Array.from({ length: SEND_LANES }, sendLane));
  const sendSeconds = (Date.now() - sendStarted) / 1000;

  const rows = await ctx.db
    .selectFrom('ambassador_assignments')
    .select((eb) => [
      eb.fn.countAll<number>().as('rows'),
      eb.fn.count<number>('person_id').distinct().as('people'),
    ])
    .where('week', '=', week)
    .executeTakeFirstOrThrow();
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(
    `${JSON.stringify({
      computeSeconds,
      computeCpuSeconds: (computeCpu.user + computeCpu.system) / 1e6,
      assigned: [...lists.values()].reduce((n, l) => n + l.length, 0),
      rows: Number(rows.rows),
      people: Number(rows.people),
      sendSeconds,
      sent,
      failed,
      computePeakRss: computePeak,
      peakRss: peak,
      startedRss,
      peakHeap,
      peakExternal,
      dropped: core.pacer.dropped,
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      loopDelayMaxMs: loopDelay.max / 1e6,
    })}\n`,
  );
} finally {
  clearInterval(sampler);
  await relais.close();
}
