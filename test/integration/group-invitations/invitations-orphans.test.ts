/**
 * Rows a crash left 'sending' on Slack: Slack cannot say whether a Connect invitation went out, so
 * the wave's next run marks it `outcome_unknown` (failed, for the manager to check and resend)
 * rather than risk a second invitation, and sends the rest. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { createJobQueue } from '../../../shared/jobs/create-job-queue.js';
import type { JobQueue } from '../../../shared/jobs/queue.js';
import { createLogger } from '../../../shared/logging/logger.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { FakeSlackApi } from '../../harness/fake-slack-api.js';
import { invitationRig } from './invitation-rig.js';

describeEachStore('Group invitations: a Slack invitation caught by a crash', (backend) => {
  let slack: FakeSlackApi;
  let jobs: JobQueue | undefined;
  beforeEach(async () => {
    slack = await new FakeSlackApi().start();
  });
  afterEach(async () => {
    await jobs?.close();
    await slack.close();
  });

  it('is marked outcome_unknown, never sent twice; the rest of the wave goes', async () => {
    const logger = createLogger('silent');
    const store = await backend().openStore();
    jobs = createJobQueue(store, { logger, timing: { leaseMs: 1_000, pollIntervalMs: 50 } });
    slack.addWorkspace({ teamId: 'TORPHAN', botToken: 'xoxb-orphan', botUserId: 'U0BOT', botId: 'B0BOT' });
    const rig = invitationRig(store, jobs, logger, {
      slack: { apiUrl: slack.apiUrl, botToken: 'xoxb-orphan' },
      graphPerSecond: 30,
      slackPerMinute: 6000,
    });
    const group = await rig.groups.createGroup({
      kind: 'providers',
      nameFr: 'Orphelins',
      space: { slackTeamId: 'TORPHAN', slackChannelId: 'CORPHAN' },
    });
    const addresses = ['a', 'b', 'c'].map((n) => `${n}@orphan.example.com`);
    // planned while no worker runs: the crash is staged on the first row
    await rig.service.plan(group.id, {
      lines: addresses.map((address, i) => ({ line: i + 1, address })),
      by: null,
    });
    const [first] = await rig.invitations.byAddresses(group.id, [addresses[0]]);
    await rig.invitations.settle(first.id, { status: 'sending', attempts: 1 }, ['planned']);

    rig.work();
    const rows = await pollUntil(
      () => rig.invitations.list(group.id),
      (all) => all.every((r) => r.status !== 'planned' && r.status !== 'sending'),
      { what: 'the wave to settle' },
    );
    const byAddress = new Map(rows.map((r) => [r.address, r]));
    assert.deepEqual(
      [byAddress.get(addresses[0])!.status, byAddress.get(addresses[0])!.answer_code],
      ['failed', 'outcome_unknown'],
    );
    assert.equal(byAddress.get(addresses[1])!.status, 'invited');
    assert.equal(byAddress.get(addresses[2])!.status, 'invited');
    assert.equal(slack.sharedInvites.has(addresses[0]), false);

    // the manager resends it: now it goes, once
    await rig.service.resend(group.id, first.id, null);
    await pollUntil(
      async () => (await rig.invitations.get(first.id))!.status,
      (status) => status === 'invited',
      { what: 'the resent invitation' },
    );
    assert.equal(slack.sharedInvites.get(addresses[0])!.length, 1);
  });
});
