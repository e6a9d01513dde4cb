/**
 * `npm run bench [-- name]`: runs one benchmark by name, or all of them. A new benchmark is a file
 * in bench/ exporting a Benchmark, registered in the list below. Benchmarks print figures for
 * people to read; they never pass or fail on them.
 */
import { ambassadorsBenchmark } from './ambassadors.js';
import type { Benchmark } from './benchmark.js';
import { directoryBenchmark } from './directory.js';
import { directoryInstallBenchmark } from './directory-install.js';
import { newsBenchmark } from './news.js';
import { peoplePageBenchmark } from './people-page.js';
import { pollsBenchmark } from './polls.js';
import { queueBenchmark } from './queue.js';
import { renderBenchmark } from './render.js';

const benchmarks: Benchmark[] = [
  queueBenchmark,
  pollsBenchmark,
  newsBenchmark,
  renderBenchmark,
  directoryBenchmark,
  directoryInstallBenchmark,
  peoplePageBenchmark,
  ambassadorsBenchmark,
];

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const selected = wanted ? benchmarks.filter((b) => b.name === wanted) : benchmarks;
  if (selected.length === 0) {
    console.error(`unknown benchmark "${wanted}". Available:`);
    for (const b of benchmarks) console.error(`  ${b.name.padEnd(12)} ${b.description}`);
    process.exitCode = 1;
    return;
  }
  for (const benchmark of selected) {
    console.log(`\n== ${benchmark.name}: ${benchmark.description}`);
    await benchmark.run();
  }
}

await main();
