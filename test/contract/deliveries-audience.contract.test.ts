/**
 * Audience resolution on SQLite and PostgreSQL, in small batches so paging is exercised: members
 * by department, site, role or everyone; guests only when named or with includeGuests; named
 * people by id or email, nobody twice; inactive people never; one recipient per person on the
 * platform of their choice (else used last, else DEFAULT_PLATFORM), Entra accounts a Teams recipient
 * only with the install on or a saved chat, people without chat identity kept; channels as they are. And
 * matchesAudience agrees with the SQL for every person.
 */
import assert from 'node:assert/strict';
import { type Audience, type AudienceInput, audienceSchema } from '../../shared/audiences/audience.js';
import { setPreferredPlatform } from '../../shared/audiences/platform-choice.js';
import { matchesAudience, type Recipient, resolveAudience } from '../../shared/audiences/resolve-audience.js';
import type { EventLog } from '../../shared/events/event-log.js';
import type { PeopleService } from '../../shared/people/people-service.js';
import type { Person } from '../../shared/people/person.js';
import { createPeopleService } from '../../shared/people/sql-people-service.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

const events: EventLog = { track: async () => {} } as unknown as EventLog;

describeEachStore('Audience resolution', (backend) => {
  let store: Store;
  let people: PeopleService;
  const everyone: Person[] = [];
  let n = 0;

  async function person(
    fields: { department?: string; site?: string; kind?: 'member' | 'guest'; active?: boolean },
    platforms: ('teams' | 'slack' | 'directory')[],
  ): Promise<Person> {
    const id = `p${n++}`;
    const email = `${id}@audience.example`;
    let created: Person | undefined;
    for (const platform of platforms) {
      if (platform === 'directory') {
        created = await people.signIn({ tenantId: 'tn', aadObjectId: `dir-${id}`, displayName: id });
      } else {
        created = await people.learn(
          { platform, tenantId: platform === 'teams' ? 'tn' : 'T0', userId: `${platform}-${id}` },
          { displayName: id, email, kind: fields.kind },
        );
      }
    }
    if (!created) {
      await store.db
        .insertInto('people')
        .values({
          id,
          email,
          display_name: id,
          department: null,
          site: null,
          manager_id: null,
          start_date: null,
          locale: null,
          time_zone: null,
          kind: 'member',
          kind_source: null,
          search_text: id,
          active: 1,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();
    }
    const personId = created?.id ?? id;
    // directory attributes as the import sets them, the email included: the platforms keep a
    // guest's email to themselves, and a sign-in never gives one
    await store.db
      .updateTable('people')
      .set({
        email,
        department: fields.department ?? null,
        site: fields.site ?? null,
        kind: fields.kind ?? 'member',
        active: fields.active === false ? 0 : 1,
        locale: 'en',
      })
      .where('id', '=', personId)
      .execute();
    const found = (await people.get(personId))!;
    everyone.push(found);
    return found;
  }

  let sales: Person;
  let salesGuest: Person;
  let lyon: Person;
  let admin: Person;
  let gone: Person;
  let noChat: Person;
  let both: Person;

  before(async () => {
    store = await backend().openStore();
    people = createPeopleService(store, events);
    sales = await person({ department: 'Sales' }, ['teams']);
    salesGuest = await person({ department: 'Sales', kind: 'guest' }, ['slack']);
    lyon = await person({ site: 'Lyon' }, ['slack']);
    admin = await person({}, ['teams']);
    await people.grant(admin.id, 'communicator');
    gone = await person({ department: 'Sales', active: false }, ['teams']);
    noChat = await person({ department: 'Support' }, ['directory']);
    both = await person({ department: 'Support' }, ['teams', 'slack']);
  });

  const resolve = async (input: AudienceInput): Promise<Recipient[]> => {
    const all: Recipient[] = [];
    for await (const batch of resolveAudience(store, audienceSchema.parse(input), { batchSize: 2 }))
      all.push(...batch);
    return all;
  };
  const personIds = (recipients: Recipient[]) =>
    recipients
      .filter((r) => r.kind === 'person')
      .map((r) => (r as { personId: string }).personId)
      .sort();
  const agrees = (audience: Audience, recipients: Recipient[]) => {
    const resolved = new Set(personIds(recipients));
    for (const p of everyone) {
      assert.equal(matchesAudience(p, audience), resolved.has(p.id), `matchesAudience disagrees for ${p.id}`);
    }
  };

  it('everyone: active members, not guests, not people who left', async () => {
    const input = { everyone: true };
    const recipients = await resolve(input);
    const ids = new Set(personIds(recipients));
    for (const p of [sales, lyon, admin, noChat, both]) assert.ok(ids.has(p.id), `${p.id} missing`);
    assert.ok(!ids.has(salesGuest.id) && !ids.has(gone.id));
    agrees(audienceSchema.parse(input), recipients);
  });

  it('departments, sites and roles; guests with includeGuests', async () => {
    assert.deepEqual(personIds(await resolve({ departments: ['Sales'] })), [sales.id]);
    const withGuests = { departments: ['Sales'], includeGuests: true };
    assert.deepEqual(personIds(await resolve(withGuests)), [sales.id, salesGuest.id].sort());
    agrees(audienceSchema.parse(withGuests), await resolve(withGuests));
    assert.deepEqual(personIds(await resolve({ sites: ['Lyon'] })), [lyon.id]);
    assert.deepEqual(personIds(await resolve({ roles: ['communicator'] })), [admin.id]);
  });

  it('named people by id or email include guests, once each, and never people who left', async () => {
    const input = {
      departments: ['Sales'],
      people: [sales.id, sales.email!.toUpperCase(), salesGuest.email!, gone.id, 'nobody@example.com'],
    };
    const recipients = await resolve(input);
    assert.deepEqual(personIds(recipients), [sales.id, salesGuest.id].sort());
    agrees(audienceSchema.parse(input), recipients);
  });

  const platformsOf = (recipients: Recipient[], personId: string) =>
    recipients
      .filter((r) => r.kind === 'person' && r.personId === personId)
      .map((r) => (r.kind === 'person' ? r.identity?.platform : undefined));

  it('one recipient per person; a person without a chat account is kept without identity', async () => {
    const recipients = await resolve({ departments: ['Support'] });
    // on Teams and Slack, no preference, never seen: DEFAULT_PLATFORM (teams unless set)
    assert.deepEqual(platformsOf(recipients, both.id), ['teams']);
    const ofNoChat = recipients.filter((r) => r.kind === 'person' && r.personId === noChat.id);
    assert.equal(ofNoChat.length, 1);
    assert.equal(
      ofNoChat[0]?.kind === 'person' && ofNoChat[0].identity,
      undefined,
      'directory account ignored',
    );
    assert.equal(ofNoChat[0]?.kind === 'person' && ofNoChat[0].locale, 'en');
  });

  it('a person on both platforms: their choice, else the platform used last, else DEFAULT_PLATFORM', async () => {
    const onSlackByDefault = async () => {
      const all: Recipient[] = [];
      const audience = audienceSchema.parse({ departments: ['Support'] });
      for await (const batch of resolveAudience(store, audience, { defaultPlatform: 'slack' }))
        all.push(...batch);
      return platformsOf(all, both.id);
    };
    assert.deepEqual(await onSlackByDefault(), ['slack']);
    // used last: their latest event on a chat platform
    await store.db
      .insertInto('events')
      .values([
        { at: '2026-03-01T10:00:00.000Z', type: 'command.used', person_id: both.id, platform: 'slack' },
        { at: '2026-03-02T10:00:00.000Z', type: 'card.action', person_id: both.id, platform: 'teams' },
      ])
      .execute();
    assert.deepEqual(await onSlackByDefault(), ['teams']);
    assert.deepEqual(platformsOf(await resolve({ departments: ['Support'] }), both.id), ['teams']);
    // their own choice wins over both
    await setPreferredPlatform(store.db, both.id, 'slack', '2026-03-03T00:00:00.000Z');
    assert.deepEqual(platformsOf(await resolve({ departments: ['Support'] }), both.id), ['slack']);
    await setPreferredPlatform(store.db, both.id, null, '2026-03-03T00:00:00.000Z');
    assert.deepEqual(platformsOf(await resolve({ departments: ['Support'] }), both.id), ['teams']);
    await store.db.deleteFrom('events').where('person_id', '=', both.id).execute();
  });

  it('an Entra account not met on Teams: a Teams recipient pending its install, or once its chat is saved', async () => {
    const withInstall = async (teamsInstall: boolean) => {
      const all: Recipient[] = [];
      const audience = audienceSchema.parse({ departments: ['Support'] });
      for await (const batch of resolveAudience(store, audience, { teamsInstall })) all.push(...batch);
      return all.find((r) => r.kind === 'person' && r.personId === noChat.id);
    };
    const pending = await withInstall(true);
    const identity = pending?.kind === 'person' ? pending.identity : undefined;
    // the AAD object id stands for the user id: the send worker reads it as "install first"
    assert.deepEqual(identity, {
      platform: 'teams',
      tenantId: 'tn',
      userId: 'dir-p5',
      aadObjectId: 'dir-p5',
    });
    const off = await withInstall(false);
    assert.equal(off?.kind === 'person' && off.identity, undefined);
    await store.db
      .insertInto('conversations')
      .values({
        platform: 'teams',
        tenant_id: 'tn',
        conversation_id: 'a:saved-1on1',
        kind: 'personal',
        person_id: noChat.id,
        reference: '{}',
        updated_at: '2026-03-01T00:00:00.000Z',
      })
      .execute();
    const saved = await withInstall(false);
    assert.equal(saved?.kind === 'person' && saved.identity?.platform, 'teams');
    await store.db.deleteFrom('conversations').where('conversation_id', '=', 'a:saved-1on1').execute();
  });

  it('channels are recipients as given', async () => {
    const recipients = await resolve({
      channels: [{ platform: 'slack', tenantId: 'T0', conversationId: 'C1', name: 'news' }],
    });
    assert.deepEqual(recipients, [
      { kind: 'channel', platform: 'slack', tenantId: 'T0', conversationId: 'C1', name: 'news' },
    ]);
  });
});
