/**
 * The load side of `npm run bench -- directory-install`, in its own process so that serving
 * Graph takes none of the measured server's event loop: a fake Microsoft Graph with
 * BENCH_INSTALL_PEOPLE users (999 a page) whose installedApps answers 429 (Retry-After: 1) three
 * times early. Prints one JSON line with its URLs and credentials; on a line `report` on stdin it
 * answers one JSON line with what it saw of the install (the teamwork requests).
 */
import readline from 'node:readline';
import { FakeGraph, type FakeGraphUser } from '../test/harness/fake-graph.js';

const people = Number(process.env.BENCH_INSTALL_PEOPLE ?? 10_000);

const graph = await new FakeGraph().start();
graph.pageSize = 999;
const users: FakeGraphUser[] = [];
for (let i = 0; i < people; i += 1) {
  const n = String(i).padStart(6, '0');
  users.push({ id: `obj-${n}`, userPrincipalName: `p${n}@bench.example`, mail: `p${n}@bench.example` });
}
graph.setUsers(users);
graph.fail('/teamwork/installedApps', { status: 429, retryAfter: 1, times: 3 });

process.stdout.write(
  `${JSON.stringify({ graphUrl: graph.graphUrl, authorityUrl: graph.authorityUrl, tenantId: graph.tenantId, clientId: graph.clientId, clientSecret: graph.clientSecret })}\n`,
);

/** The install as Graph saw it: its requests, their span, the 429s and who was installed twice. */
function report() {
  const teamwork = graph.requests.filter((r) => r.path.includes('/teamwork/'));
  const first = Math.min(...teamwork.map((r) => r.at));
  const last = Math.max(...teamwork.map((r) => r.at));
  const posts = teamwork.filter((r) => r.method === 'POST');
  // an install Graph answered (not a 429 it refused to read) more than once for one person
  const perUser = new Map<string, number>();
  for (const p of posts.filter((r) => r.status !== 429)) perUser.set(p.path, (perUser.get(p.path) ?? 0) + 1);
  return {
    requests: teamwork.length,
    installs: posts.length,
    throttled: teamwork.filter((r) => r.status === 429).length,
    spanMs: last - first,
    duplicates: [...perUser.values()].filter((n) => n > 1).length,
  };
}

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'report') process.stdout.write(`${JSON.stringify({ report: report() })}\n`);
});
lines.on('close', () => {
  void graph.close().then(() => process.exit(0));
});
