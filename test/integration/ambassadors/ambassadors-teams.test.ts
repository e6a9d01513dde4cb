/**
 * Ambassadors on Teams, end to end over HTTP (the real adapter, the fake connector), on SQLite
 * and on PostgreSQL + Redis: the import's `roles` column names an ambassador, a guest is refused,
 * `ambassadeurs` lists the ambassadors of my department with a contact link, "Become an
 * ambassador" reaches the admin whose one click approves (a second click changes nothing); a
 * relay campaign asks the ambassador, whose "Share in a channel" posts the item there once (a
 * department-only item is refused for a channel, a recalled one cannot be asked for); the
 * per-week cap holds under concurrent campaigns; the digest lists a colleague to one ambassador
 * only, the nudge goes once a week, and "stop these" is honoured.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  installationUpdateActivity,
  messageActivity,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, TENANT, type ToursWorld, unique } from '../tours/tours-world.js';

const buttonOf = (card: CardJson, verb: string): CardJson => {
  const action = executeActionsOf(card).find((a) => a.verb === verb);
  assert.ok(
    action,
    `no ${verb} button: ${executeActionsOf(card)
      .map((a) => a.verb)
      .join(', ')}`,
  );
  return action;
};

/** the value of the channel picker's choice titled `title` */
function channelChoice(card: CardJson, title: string): string {
  const found: string[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as CardJson;
      if (o.type === 'Input.ChoiceSet' && o.id === 'in.relay_channel')
        for (const c of o.choices as { title: string; value: string }[])
          if (c.title === title) found.push(c.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  assert.ok(found[0], `no channel ${title} to pick`);
  return found[0];
}

describeToursBackends('Ambassadors on Teams', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  /** a Teams user whose directory email links them to the imported person */
  async function teamsPerson(name: string, email: string): Promise<TeamsUser> {
    const user = teamsUser(name);
    world.teams.directory.set(user.id, { id: user.id, name, email });
    assert.equal(
      (await world.teamsPost(installationUpdateActivity(world.teamsScene(user), 'add'))).status,
      200,
    );
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'teams')),
    );
    return user;
  }

  const cardsTo = (user: TeamsUser, text: string) =>
    world.teamsPostsWith(text).filter((r) => r.path.includes(`personal-${user.aadObjectId}`));

  /** relay request cards (not the news item itself, which the ambassador may also receive) */
  const requestsTo = (user: TeamsUser, title: string) =>
    cardsTo(user, title).filter((r) => JSON.stringify(r.body).includes('Could you relay'));

  const click = (user: TeamsUser, action: CardJson, inputs?: Record<string, string>) =>
    world.teamsPost(executeActionActivity(world.teamsScene(user), action, { inputs }));

  async function publishNews(tag: string, audience: Record<string, unknown>): Promise<string> {
    const created = await world.api('POST', '/news', {
      variants: { en: { title: `Relay me ${tag}`, summary: 'A summary' }, fr: { title: `Relayez ${tag}` } },
      audience,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const published = await world.api('POST', `/news/${created.body.id}/publish`, {});
    assert.equal(published.status, 200, JSON.stringify(published.body));
    return created.body.id;
  }

  it('names by import, refuses a guest, lists in chat, and approves a nomination with one click', async () => {
    const tag = unique();
    const dept = `Sales ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    const imported = await world.api('POST', '/people/import', [
      { email: mail('alice'), displayName: 'Alice Admin', department: dept, roles: 'admin' },
      { email: mail('camille'), displayName: 'Camille <b>Amb</b>', department: dept, roles: 'ambassador' },
      { email: mail('bob'), displayName: 'Bob Member', department: dept, locale: 'fr' },
      { email: mail('gus'), displayName: 'Gus Guest', department: dept, kind: 'guest' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const people = world.relais.core.people;
    const camille = (await people.findByEmail(mail('camille')))!;
    const gus = (await people.findByEmail(mail('gus')))!;
    const bob = (await people.findByEmail(mail('bob')))!;

    const roster = await world.api('GET', '/ambassadors');
    const entry = roster.body.ambassadors.find((a: { personId: string }) => a.personId === camille.id);
    assert.equal(entry?.status, 'active');
    assert.equal(entry?.source, 'import');
    assert.deepEqual(entry?.scope, { departments: [dept], sites: [], groups: [] });

    const refused = await world.api('POST', '/ambassadors', { personId: gus.id });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'bad_request');
    assert.match(refused.body.error.message, /invité|guest/);

    const alice = await teamsPerson('Alice Admin', mail('alice'));
    await teamsPerson('Camille Amb', mail('camille'));
    const bobUser = await teamsPerson('Bob Member', mail('bob'));

    // `ambassadeurs` in French: Camille, her name escaped, and a link to chat with her
    assert.equal(
      (await world.teamsPost(messageActivity(world.teamsScene(bobUser), 'ambassadeurs'))).status,
      200,
    );
    const [list] = await pollUntil(
      () => cardsTo(bobUser, 'Vos ambassadeurs'),
      (p) => p.length > 0,
    );
    const listCard = cardOf(list);
    assert.ok(
      textsOf(listCard).some((t) => t.includes('Camille') && !t.includes('<b>')),
      'name shown escaped',
    );
    assert.ok(
      JSON.stringify(listCard).includes(encodeURIComponent(mail('camille'))),
      'a chat link to Camille',
    );

    // Bob nominates himself; the admin approves with one click; a second click changes nothing
    const become = await click(bobUser, buttonOf(listCard, 'ambassador.become'));
    assert.equal(become.status, 200);
    const [approval] = await pollUntil(
      () => cardsTo(alice, 'Bob Member'),
      (p) => p.length > 0,
    );
    const approve = buttonOf(cardOf(approval), 'ambassador.approve');
    const first = await click(alice, approve);
    assert.ok(
      textsOf(first.body.value).some((t) => t.includes('Bob Member')),
      JSON.stringify(first.body),
    );
    await click(alice, approve);
    const bobEntry = (await world.api('GET', '/ambassadors')).body.ambassadors.find(
      (a: { personId: string }) => a.personId === bob.id,
    );
    assert.equal(bobEntry.status, 'active');
    assert.equal(bobEntry.source, 'self');
    const approvals = await world.relais.core.store.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'ambassador.approved')
      .where('person_id', '=', bob.id)
      .execute();
    assert.equal(approvals.length, 1, 'approved once');
  });

  it('asks for a relay, shares into a channel once, refuses out-of-audience and recalled items, caps a week', async () => {
    const tag = unique();
    const dept = `Ops ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('tess'), displayName: 'Tess Relay', department: dept, roles: 'ambassador', locale: 'en' },
    ]);
    const tess = (await world.relais.core.people.findByEmail(mail('tess')))!;
    const tessUser = await teamsPerson('Tess Relay', mail('tess'));
    const channelId = `19:relay-${tag}@thread.tacv2`;
    await world.relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: channelId,
      kind: 'channel',
      personId: null,
      reference: { conversation: { id: channelId, name: `General ${tag}` }, serviceUrl: world.teams.url },
    });

    const everyone = await publishNews(`E${tag}`, { everyone: true });
    const deptOnly = await publishNews(`D${tag}`, { departments: [dept] });
    const ask = (subjectId: string) =>
      world.api('POST', '/relay-campaigns', {
        subjectType: 'news',
        subjectId,
        message: { fr: `Partagez ${tag}`, en: `Please share *${tag}*` },
        relayDate: '2026-12-08',
        departments: [dept],
      });

    const campaign = await ask(everyone);
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.equal(campaign.body.requests.length, 1);
    assert.equal(campaign.body.requests[0].ambassadorId, tess.id);
    const [request] = await pollUntil(
      () => requestsTo(tessUser, `Relay me E${tag}`),
      (p) => p.length > 0,
    );
    const requestCard = cardOf(request);
    assert.ok(
      textsOf(requestCard).some((t) => t.includes(`Please share \\*${tag}\\*`)),
      'the suggested message, escaped',
    );
    assert.ok(
      textsOf(requestCard).some((t) => t.includes('ambassador')),
      'says why',
    );

    // share into the channel: posted there once, even when clicked twice
    const share = buttonOf(requestCard, 'ambassador.relay_share');
    const channel = channelChoice(requestCard, `General ${tag}`);
    const shared = await click(tessUser, share, { 'in.relay_channel': channel });
    assert.equal(shared.status, 200);
    await click(tessUser, share, { 'in.relay_channel': channel });
    const inChannel = await pollUntil(
      () =>
        world
          .teamsPostsWith(`Relay me E${tag}`)
          .filter((r) => r.path.includes(encodeURIComponent(channelId)) || r.path.includes(channelId)),
      (p) => p.length > 0,
    );
    assert.equal(inChannel.length, 1, 'one copy in the channel');
    const view = await world.api('GET', `/relay-campaigns/${campaign.body.id}`);
    assert.equal(view.body.counts.relayed, 1);
    assert.equal(view.body.requests[0].relayedTo.conversationId, channelId);

    // a department-only item cannot go into a channel: refused with the reason
    const second = await ask(deptOnly);
    assert.equal(second.status, 201);
    const [deptRequest] = await pollUntil(
      () => requestsTo(tessUser, `Relay me D${tag}`),
      (p) => p.length > 0,
    );
    const deptCard = cardOf(deptRequest);
    const refusal = await click(tessUser, buttonOf(deptCard, 'ambassador.relay_share'), {
      'in.relay_channel': channelChoice(deptCard, `General ${tag}`),
    });
    assert.ok(
      JSON.stringify(refusal.body).includes('part of the organisation'),
      JSON.stringify(refusal.body),
    );
    assert.equal((await world.api('GET', `/relay-campaigns/${second.body.id}`)).body.counts.asked, 1);

    // a recalled item cannot be asked for
    assert.equal((await world.api('POST', `/news/${deptOnly}/recall`, {})).status, 200);
    const recalled = await ask(deptOnly);
    assert.equal(recalled.status, 409);

    // the cap: 2 taken so far this week; four concurrent campaigns add only one more request
    const more = await Promise.all([0, 1, 2, 3].map(() => ask(everyone)));
    for (const m of more) assert.equal(m.status, 201, JSON.stringify(m.body));
    const asked = await world.relais.core.store.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'ambassador.asked')
      .where('person_id', '=', tess.id)
      .execute();
    assert.equal(asked.length, 3, 'at most 3 requests a week');
    assert.equal(
      more.flatMap((m) => m.body.skipped).filter((s: { reason: string }) => s.reason === 'cap_reached')
        .length,
      3,
    );
  });

  it('lists a colleague in one digest only, nudges once a week, honours "stop these"', async () => {
    const tag = unique();
    const dept = `Support ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('una'), displayName: 'Una Amb', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('vic'), displayName: 'Vic Amb', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('dora'), displayName: 'Dora Quiet', department: dept, locale: 'fr' },
    ]);
    const una = await teamsPerson('Una Amb', mail('una'));
    const vic = await teamsPerson('Vic Amb', mail('vic'));
    const doraUser = await teamsPerson('Dora Quiet', mail('dora'));
    const dora = (await world.relais.core.people.findByEmail(mail('dora')))!;
    // Dora has used Relais (her install): she needs a hand only as someone inactive 14 days ago
    await world.relais.core.store.db.deleteFrom('events').where('person_id', '=', dora.id).execute();

    const run = await world.api('POST', '/ambassadors/digests/run', {});
    assert.equal(run.status, 202);
    await world.api('POST', '/ambassadors/digests/run', {});
    const digests = await pollUntil(
      () => [...cardsTo(una, 'could use a hand'), ...cardsTo(vic, 'could use a hand')],
      (p) => p.length >= 2,
    );
    assert.equal(digests.length, 2, 'one digest per ambassador, however often it is asked');
    const withDora = digests.filter((d) => JSON.stringify(d.body).includes('Dora Quiet'));
    assert.equal(withDora.length, 1, 'Dora is in one digest only');
    const owner = withDora[0]!.path.includes(`personal-${una.aadObjectId}`) ? una : vic;
    const other = owner === una ? vic : una;
    const nudge = executeActionsOf(cardOf(withDora[0])).find(
      (a) => a.verb === 'ambassador.digest_nudge' && a.data?.payload?.personId === dora.id,
    );
    assert.ok(nudge);
    const notYours = await click(other, nudge);
    assert.ok(JSON.stringify(notYours.body).includes('another ambassador'), JSON.stringify(notYours.body));
    await click(owner, nudge);
    await click(owner, nudge);
    const nudges = await pollUntil(
      () => cardsTo(doraUser, 'votre ambassadeur'),
      (p) => p.length > 0,
    );
    assert.equal(nudges.length, 1, 'one nudge a week, in her language');
    await click(doraUser, buttonOf(cardOf(nudges[0]), 'ambassador.nudge_stop'));
    const optOut = await world.relais.core.store.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'ambassador.nudges_stopped')
      .where('person_id', '=', dora.id)
      .execute();
    assert.equal(optOut.length, 1);
    const nudged = await world.relais.core.store.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'ambassador.colleague_nudged')
      .where('person_id', '=', dora.id)
      .execute();
    assert.equal(nudged.length, 1);
  });
});
