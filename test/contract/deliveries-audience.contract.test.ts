/**
 * Audience resolution on SQLite and PostgreSQL, in small batches so paging is exercised: members
 * by department, site, role or everyone; guests only when named or with includeGuests; named
 * people by id or email, nobody twice; inactive people never; one recipient per chat identity,
 * directory accounts ignored, people without chat identity kept; channels as they are. And
 * matchesAudience agrees with the SQL for every person.
 */
import assert from 'node:assert/strict';
import { type Audience, type AudienceInput, audienceSchema } from '../../shared/audiences/audience.js';
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

  it('one recipient per chat identity; a person without one is kept without identity', async () => {
    const recipients = await resolve({ departments: ['Support'] });
    const ofBoth = recipients.filter((r) => r.kind === 'person' && r.personId === both.id);
    assert.deepEqual(ofBoth.map((r) => (r.kind === 'person' ? r.identity?.platform : undefined)).sort(), [
      'slack',
      'teams',
    ]);
    const ofNoChat = recipients.filter((r) => r.kind === 'person' && r.personId === noChat.id);
    assert.equal(ofNoChat.length, 1);
    assert.equal(
      ofNoChat[0]?.kind === 'person' && ofNoChat[0].identity,
      undefined,
      'directory account ignored',
    );
    assert.equal(ofNoChat[0]?.kind === 'person' && ofNoChat[0].locale, 'en');
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
