/**
 * `npm run bench [-- name]`: runs one benchmark by name, or all of them. A new benchmark is a file
 * in bench/ exporting a Benchmark, registered in the list below. Benchmarks print figures for
 * people to read; they never pass or fail on them.
 */
import type { Benchmark } from './benchmark.js';

/**
 * Each benchmark loaded only when it runs: a benchmark measures the memory of its own process, and
 * every other benchmark's modules (worlds, fakes, generators) would be 40 MB more of live heap
 * there, which V8 lets grow about fourfold in garbage before a full collection (the insights
 * bench's peak RSS went from about 270 to 440 MB with them).
 */
const benchmarks: [name: string, load: () => Promise<Benchmark>][] = [
  ['queue', async () => (await import('./queue.js')).queueBenchmark],
  ['polls', async () => (await import('./polls.js')).pollsBenchmark],
  ['news', async () => (await import('./news.js')).newsBenchmark],
  ['render', async () => (await import('./render.js')).renderBenchmark],
  ['directory', async () => (await import('./directory.js')).directoryBenchmark],
  ['directory-install', async () => (await import('./directory-install.js')).directoryInstallBenchmark],
  ['people-page', async () => (await import('./people-page.js')).peoplePageBenchmark],
  ['ambassadors', async () => (await import('./ambassadors.js')).ambassadorsBenchmark],
  ['insights', async () => (await import('./insights.js')).insightsBenchmark],
  ['groups-review', async () => (await import('./group-reviews.js')).groupReviewsBenchmark],
  ['groups', async () => (await import('./groups.js')).groupsBenchmark],
];

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const selected = wanted ? benchmarks.filter(([name]) => name === wanted) : benchmarks;
  if (selected.length === 0) {
    console.error(`unknown benchmark "${wanted}". Available:`);
    for (const [, load] of benchmarks) {
      const b = await load();
      console.error(`  ${b.name.padEnd(12)} ${b.description}`);
    }
    process.exitCode = 1;
    return;
  }
  for (const [name, load] of selected) {
    const benchmark = await load();
    // the list's name is how it is found: it must be the benchmark's own
    if (benchmark.name !== name) throw new Error(`bench/index.ts lists "${name}" for "${benchmark.name}"`);
    console.log(`\n== ${benchmark.name}: ${benchmark.description}`);
    await benchmark.run();
  }
}

await main();
