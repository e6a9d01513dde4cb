/**
 * The server side of `npm run bench -- directory`, its own process so its memory is measured
 * alone: the core from the environment (DIRECTORY_SOURCES pointing at the load process's fakes),
 * one directory run per `sync` line on stdin, answered by a JSON line with the run and the peak
 * RSS so far.
 */
import readline from 'node:readline';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';

const config = loadConfig(process.env);
const core = await createCore(config, createLogger('error'));
let peakRss = process.memoryUsage.rss();
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100).unref();

process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'sync') continue;
  const run = await core.directory.sync('cli');
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  process.stdout.write(`${JSON.stringify({ run, rss: peakRss })}\n`);
}
await core.close();
