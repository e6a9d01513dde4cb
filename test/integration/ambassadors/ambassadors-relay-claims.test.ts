/**
 * A share's claim on its request, on Teams over HTTP (the real adapter, the fake connector), on
 * SQLite and on PostgreSQL + Redis: a post the connector refuses leaves the request open (the
 * campaign shows it asked, relayed nowhere) and a second click relays it; a request whose claim
 * was left by a process that died between the claim and the post (its row as that process left
 * it: an open state, a lease, no relay) shows as asked, says "being shared" while the lease holds,
 * and is relayed once, into the channel picked, when the ambassador clicks after the lease.
 */
import assert from 'node:assert/strict';
import { CLAIM_MS } from '../../../shared/ambassadors/relay-answers.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  installationUpdateActivity,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, TENANT, type ToursWorld, unique } from '../tours/tours-world.js';

/** the value of the channel picker's choice titled `title` */
const channelChoice = (card: CardJson, title: string): string => {
  const found = [...JSON.stringify(card).matchAll(/"title":"([^"]*)","value":"(c[0-9a-f]{24})"/g)].find(
    (m) => m[1] === title,
  )?.[2];
  assert.ok(found, `no channel ${title} to pick`);
  return found;
};

describeToursBackends('Ambassadors: a share’s claim survives a failed post and a crash', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  /** an ambassador of a fresh department, on Teams, asked to relay an organisation-wide item */
  async function asked(tag: string) {
    const dept = `Claims ${tag}`;
    const email = `tess.${tag.toLowerCase()}@claims.test`;
    const imported = await world.api('POST', '/people/import', [
      { email, displayName: 'Tess Relay', department: dept, roles: 'ambassador', locale: 'en' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const user = teamsUser('Tess Relay');
    world.teams.directory.set(user.id, { id: user.id, name: 'Tess Relay', email });
    await world.teamsPost(installationUpdateActivity(world.teamsScene(user), 'add'));
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'teams')),
    );
    const channelId = `19:claims-${tag}@thread.tacv2`;
    await world.relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: channelId,
      kind: 'channel',
      personId: null,
      reference: { conversation: { id: channelId, name: `Team ${tag}` }, serviceUrl: world.teams.url },
    });
    const created = await world.api('POST', '/news', {
      variants: { en: { title: `Claim me ${tag}`, summary: 'A summary' } },
      audience: { everyone: true },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await world.api('POST', `/news/${created.body.id}/publish`, {})).status, 200);
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'news',
      subjectId: created.body.id,
      message: { fr: 'Partagez', en: 'Please share' },
      relayDate: '2026-12-08',
      departments: [dept],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        world
          .teamsPostsWith(`Claim me ${tag}`)
          .filter(
            (r) =>
              r.path.includes(`personal-${user.aadObjectId}`) &&
              JSON.stringify(r.body).includes('Could you relay'),
          ),
      (p) => p.length > 0,
    );
    const card = cardOf(request);
    const button = executeActionsOf(card).find((a) => a.verb === 'ambassador.relay_share');
    assert.ok(button, 'a share button');
    const share = () =>
      world.teamsPost(
        executeActionActivity(world.teamsScene(user), button, {
          inputs: { 'in.relay_channel': channelChoice(card, `Team ${tag}`) },
        }),
      );
    const copies = () =>
      world
        .teamsPostsWith(`Claim me ${tag}`)
        .filter((r) => r.path.includes(channelId) || r.path.includes(encodeURIComponent(channelId)));
    const view = async () => {
      const v = await world.api('GET', `/relay-campaigns/${campaign.body.id}`);
      assert.equal(v.status, 200, JSON.stringify(v.body));
      return v.body;
    };
    return { requestId: campaign.body.requests[0].id as string, channelId, share, copies, view };
  }

  const db = () =>
    world.relais.core.store.db.withTables<{
      relay_requests: { id: string; state: string; claim: string | null; claimed_until: string | null };
    }>();

  it('leaves the request open when the connector refuses the copy, and relays on the next click', async () => {
    const tag = unique();
    const { requestId, channelId, share, copies, view } = await asked(tag);
    world.teams.failNext({ status: 500, method: 'POST', path: new RegExp(channelId.replace(/[.]/g, '\\.')) });
    await share();
    const failed = await view();
    assert.equal(failed.requests[0].state, 'asked');
    assert.equal(failed.requests[0].relayedTo, null);
    assert.equal(failed.counts.relayed, 0);
    const row = await db()
      .selectFrom('relay_requests')
      .selectAll()
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    assert.equal(row.claim, null, 'the failed post let go of its claim');

    const refused = copies().length;
    const again = await share();
    assert.equal(again.status, 200);
    assert.doesNotMatch(JSON.stringify(again.body), /being shared|already answered/);
    const relayed = await view();
    assert.equal(relayed.counts.relayed, 1);
    assert.equal(relayed.requests[0].relayedTo.conversationId, channelId);
    assert.equal(copies().length, refused + 1, 'one copy in the channel after the refused one');
  });

  it('opens a request a process left claimed at its death, once its lease is over', async () => {
    const tag = unique();
    const { requestId, channelId, share, copies, view } = await asked(tag);
    // what a process killed after its claim and before its post leaves behind
    const claimed = (until: Date) =>
      db()
        .updateTable('relay_requests')
        .set({ claim: 'a-process-that-died', claimed_until: until.toISOString() })
        .where('id', '=', requestId)
        .where('state', '=', 'asked')
        .executeTakeFirstOrThrow();
    await claimed(new Date(Date.now() + CLAIM_MS));

    const during = await view();
    assert.equal(during.requests[0].state, 'asked', 'never relayed without where');
    assert.equal(during.requests[0].relayedTo, null);
    assert.equal(during.counts.relayed, 0);
    const busy = await share();
    assert.equal(busy.status, 200);
    assert.match(JSON.stringify(busy.body), /being shared right now/);
    assert.equal(copies().length, 0, 'nothing posted while the lease holds');

    // the lease ran out: the dead process will never post, the ambassador may
    await claimed(new Date(Date.now() - 1000));
    const retried = await share();
    assert.equal(retried.status, 200);
    assert.doesNotMatch(JSON.stringify(retried.body), /being shared|already answered/);
    const relayed = await view();
    assert.equal(relayed.requests[0].state, 'relayed');
    assert.equal(relayed.requests[0].relayedTo.conversationId, channelId);
    assert.equal(copies().length, 1, 'one copy in the channel');
    const row = await db()
      .selectFrom('relay_requests')
      .selectAll()
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    assert.equal(row.claim, null);
  });
});
