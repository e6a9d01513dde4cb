/**
 * The platform side of `npm run bench -- groups`, in its own process: a fake Microsoft Graph
 * limited to BENCH_GRAPH_PER_SECOND calls per second and a fake Slack API limiting
 * conversations.inviteShared to BENCH_SLACK_PER_SECOND per second (429 with Retry-After beyond).
 * Prints one JSON line with its URLs; on a line `report` on stdin, one JSON line with what they
 * received: invitations per address (duplicates), the busiest one-second window, the span from
 * the first call to the last, 429s.
 */
import readline from 'node:readline';
import { FakeGraph } from '../test/harness/fake-graph.js';
import { FakeSlackApi } from '../test/harness/fake-slack-api.js';

const graphPerSecond = Number(process.env.BENCH_GRAPH_PER_SECOND ?? 30);
const slackPerSecond = Number(process.env.BENCH_SLACK_PER_SECOND ?? 20);
const tenantId = 'bench-groups-tenant';
const teamId = 'TBENCHGROUPS';
const botToken = 'xoxb-bench-groups';

const graph = await new FakeGraph({ tenantId }).start();
// both platforms count over longer windows than a second (Slack's tiers per minute): 10 s here
const WINDOW_SECONDS = 10;
graph.rateLimitPerSecond(graphPerSecond, 1, WINDOW_SECONDS);
const slack = await new FakeSlackApi().start();
slack.addWorkspace({ teamId, botToken, botUserId: 'UBENCHBOT', botId: 'BBENCH' });
slack.rateLimitPerSecond('conversations.inviteShared', slackPerSecond, 1, { windowSeconds: WINDOW_SECONDS });

/** the most calls answered within any window of `ms` */
function busiest(sorted: number[], ms: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (sorted[i] - sorted[j] >= ms) j += 1;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** the calls answered, their span, the busiest second and the busiest window */
function timing(at: number[]) {
  const sorted = [...at].sort((a, b) => a - b);
  return {
    calls: sorted.length,
    spanMs: sorted.length ? sorted.at(-1)! - sorted[0] : 0,
    busiestSecond: busiest(sorted, 1_000),
    busiestWindow: busiest(sorted, WINDOW_SECONDS * 1_000),
    windowSeconds: WINDOW_SECONDS,
  };
}

const duplicates = (counts: Iterable<number>) => [...counts].filter((n) => n > 1).length;

process.stdout.write(
  `${JSON.stringify({ graphUrl: graph.graphUrl, authorityUrl: graph.authorityUrl, tenantId, clientId: graph.clientId, clientSecret: graph.clientSecret, slackApiUrl: slack.apiUrl, botToken, teamId })}\n`,
);

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'report') return;
  const answered = graph.requests.filter(
    (r) => r.status > 0 && r.status !== 429 && !r.path.endsWith('/token'),
  );
  const inviteShared = slack.callsTo('conversations.inviteShared');
  const members = [...graph.teamMembers.values()].flatMap((m) => [...m.values()]);
  process.stdout.write(
    `${JSON.stringify({
      graph: {
        ...timing(answered.map((r) => r.at)),
        invited: graph.invitationsSent.size,
        duplicateInvitations: duplicates(graph.invitationsSent.values()),
        teamMembers: members.length,
        duplicateMembers: members.length - new Set(members).size,
        throttled: graph.throttled,
      },
      slack: {
        ...timing(inviteShared.filter((c) => c.status === 200).map((c) => c.at ?? 0)),
        invited: slack.sharedInvites.size,
        duplicateInvitations: duplicates([...slack.sharedInvites.values()].map((ids) => ids.length)),
        throttled: inviteShared.filter((c) => c.status === 429).length,
      },
    })}\n`,
  );
});
lines.on('close', () => {
  void Promise.all([graph.close(), slack.close()]).then(() => process.exit(0));
});
