/**
 * The server side of `npm run bench -- news`, run as its own process so its memory is measured
 * alone: starts Relais from the environment, registers a small bench ContentProvider, broadcasts
 * BENCH_SUBJECT to BENCH_AUDIENCE, and prints one JSON line per second (url, rss, progress).
 * With BENCH_ROLE=worker it does not broadcast: another instance on the same database and Redis
 * did, and this one takes its share of the send jobs. BENCH_SLACK_INSTALLATIONS (JSON: teamId,
 * botToken, botUserId, botId) stores those workspaces' installations first (OAuth mode).
 */
import type { Installation } from '@slack/oauth';
import { createKvInstallationStore } from '../bots/slack/installation-store.js';
import { startRelais } from '../bots/start-relais.js';
import { card } from '../shared/cards/model.js';
import { countStatements, statementCounts } from './news-statements.js';

countStatements();

const relais = await startRelais({ env: process.env });
const installations = createKvInstallationStore(relais.core.kv);
const workspaces: { teamId: string; botToken: string; botUserId: string; botId: string }[] = JSON.parse(
  process.env.BENCH_SLACK_INSTALLATIONS ?? '[]',
);
for (const w of workspaces) {
  const installation: Installation<'v2', false> = {
    team: { id: w.teamId },
    enterprise: undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token: w.botToken, userId: w.botUserId, id: w.botId, scopes: ['chat:write', 'im:write'] },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
  await installations.storeInstallation(installation);
}
const subjectType = 'bench.note';
relais.core.delivery.registerContent(subjectType, {
  async render(subjectId, recipient) {
    const text = `Bench news ${subjectId} (${recipient.locale})`;
    return card(text, { type: 'heading', text }, { type: 'text', text: 'A short body, as news cards go.' });
  },
});
const subjectId = process.env.BENCH_SUBJECT ?? 'bench';
let peakRss = process.memoryUsage().rss;
const report = async () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  // read before the progress query, which is the bench's own cost
  const statements = { ...statementCounts };
  // CPU time (user + system, ms) rather than wall time: on a shared machine only this compares runs
  const { user, system } = process.cpuUsage();
  const cpuMs = Math.round((user + system) / 1000);
  const progress = await relais.core.delivery.progress(subjectType, subjectId);
  const dropped = relais.core.pacer.dropped;
  process.stdout.write(
    `${JSON.stringify({ url: relais.url, rss: peakRss, progress, statements, cpuMs, dropped })}\n`,
  );
};
setInterval(() => void report().catch((error) => console.error(error)), 1_000).unref();
setInterval(() => {
  // rss() alone: memoryUsage() walks every heap space, a cost the bench would add to each send
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100).unref();
if (process.env.BENCH_ROLE !== 'worker') {
  await relais.core.delivery.broadcast({
    subjectType,
    subjectId,
    audience: JSON.parse(process.env.BENCH_AUDIENCE ?? '{"everyone":true}'),
  });
}
await report();
process.on('SIGTERM', () => {
  void relais.close().finally(() => process.exit(0));
});
