/**
 * The load side of `npm run bench -- directory`, in its own process so the server's memory is
 * measured alone: a fake Microsoft Graph serving BENCH_ENTRA_USERS users (999 a page) and a fake
 * Slack API serving BENCH_SLACK_USERS members. Prints one JSON line with its URLs; on a line
 * `delta` on stdin it changes 1 % of the Entra users (a department, some leavers) and answers
 * `{"delta": n}`.
 */
import readline from 'node:readline';
import { FakeGraph, type FakeGraphUser } from '../test/harness/fake-graph.js';
import { FakeSlackApi } from '../test/harness/fake-slack-api.js';

const entraUsers = Number(process.env.BENCH_ENTRA_USERS ?? 100_000);
const slackUsers = Number(process.env.BENCH_SLACK_USERS ?? 20_000);
const tenantId = process.env.BENCH_TENANT ?? 'bench-tenant';
const teamId = 'TBENCH';
const botToken = 'xoxb-bench';

const departments = ['Finances', 'Ventes', 'Achats', 'RH', 'Production', 'Logistique', 'Juridique', 'IT'];
const sites = ['Paris', 'Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Marseille'];
const userAt = (i: number): FakeGraphUser => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  userPrincipalName: `person${i}@bench.example.com`,
  mail: `person${i}@bench.example.com`,
  displayName: `Person ${i}`,
  department: departments[i % departments.length],
  officeLocation: sites[i % sites.length],
  preferredLanguage: i % 3 === 0 ? 'en-GB' : 'fr-FR',
  userType: i % 50 === 0 ? 'Guest' : 'Member',
  accountEnabled: true,
  // ten reports per manager; person 0 manages themselves (skipped)
  ...(i > 0 && { managerId: `00000000-0000-4000-8000-${String(Math.floor(i / 10)).padStart(12, '0')}` }),
});

const graph = await new FakeGraph({ tenantId }).start();
graph.pageSize = 999;
graph.setUsers(Array.from({ length: entraUsers }, (_, i) => userAt(i)));

const slack = await new FakeSlackApi().start();
slack.addWorkspace({ teamId, botToken, botUserId: 'UBENCHBOT', botId: 'BBENCH' });
for (let i = 0; i < slackUsers; i += 1) {
  // half of them are Entra people too (same address), half only on Slack
  const email = i % 2 === 0 ? `person${i}@bench.example.com` : `slack${i}@bench.example.com`;
  slack.addUser({
    id: `U${String(i).padStart(8, '0')}`,
    teamId,
    realName: `Slack ${i}`,
    email,
    tz: 'Europe/Paris',
    locale: 'fr-FR',
  });
}

process.stdout.write(
  `${JSON.stringify({ graphUrl: graph.graphUrl, authorityUrl: graph.authorityUrl, tenantId, clientId: graph.clientId, clientSecret: graph.clientSecret, slackApiUrl: slack.apiUrl, botToken })}\n`,
);

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'delta') return;
  const changed = Math.round(entraUsers / 100);
  for (let k = 0; k < changed; k += 1) {
    const i = Math.floor((k * entraUsers) / changed);
    if (k % 10 === 0) graph.removeUser(userAt(i).id);
    else graph.setUser({ ...userAt(i), department: 'Réorganisation', accountEnabled: k % 10 !== 1 });
  }
  process.stdout.write(`${JSON.stringify({ delta: changed })}\n`);
});
lines.on('close', () => {
  void Promise.all([graph.close(), slack.close()]).then(() => process.exit(0));
});
