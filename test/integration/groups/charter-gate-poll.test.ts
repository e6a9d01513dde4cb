/**
 * The charter gate on poll cards, over HTTP on SQLite and PostgreSQL + Redis: a guest whose
 * charter is pending again (a new version) keeps the poll card they saw when the poll closes,
 * and a poll sent meanwhile waits; once they accept, their card shows the closed poll and the
 * waiting poll goes out. Also when the acceptance was recorded but its release never ran (the
 * server stopped in between): accepting again releases. That case fails with the second click
 * answering "accepted" and releasing nothing.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../news/news-world.js';
import { guestHelpers, type Json } from './group-guests-world.js';

describeNewsBackends('Groups: a held guest’s poll cards wait for the charter (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  let manager: WorldPerson;
  let sid: WorldPerson; // Slack guest
  let groupId: string;
  let charterVersion = 1;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    manager = await world.slackPerson('Pam Manager', { locale: 'en' });
    sid = await world.slackPerson('Sol Slack', { locale: 'en', kind: 'guest' });
    const charter = { fr: 'Charte une', en: 'Charter one' };
    groupId = (await g.charterGroup('Partners P', { charter, manager, guests: [sid] })).id;
    await g.slackHome(sid);
  });
  after(async () => {
    await world?.close();
  });

  /** a poll sent 1:1 to the group */
  const pollToGroup = async (question: string): Promise<string> => {
    const created = await world.api('POST', '/polls', {
      body: { poll: { question, options: ['Park', 'Beach'] }, target: { audience: { groups: [groupId] } } },
    });
    assert.equal(created.status, 201, await created.clone().text());
    return ((await created.json()) as Json).poll.id as string;
  };
  /** the guest's delivery of a poll */
  const copyOf = (pollId: string) =>
    world.relais.core.store.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subject_id', '=', pollId)
      .where('person_id', '=', sid.person.id)
      .executeTakeFirst();
  const sentCopy = (pollId: string) =>
    until(
      async () => {
        const row = await copyOf(pollId);
        return row?.status === 'sent' ? row : undefined;
      },
      { what: 'the guest’s copy sent' },
    );
  /** chat.update calls on one delivered copy carrying `text` */
  const updatesOf = (copy: { conversation_id: string | null; message_id: string | null }, text: string) =>
    world.slack
      .callsTo('chat.update')
      .filter((c) => c.body.channel === copy.conversation_id && c.body.ts === copy.message_id)
      .filter((c) => JSON.stringify(c.body).includes(text));

  /**
   * holds the guest again (a new charter version) and, while held, closes `closing` (its card's
   * refresh waits) and sends a new poll (its copy waits); resolves with the charter card
   */
  const holdWhile = async (closing: string, sending: string, charterText: string): Promise<Json> => {
    const added = await world.api('POST', `/groups/${groupId}/charters`, {
      as: manager,
      body: { textFr: `${charterText} (fr)`, textEn: charterText },
    });
    assert.equal(added.status, 201, await added.clone().text());
    charterVersion += 1;
    const [card] = await pollUntil(
      () => g.slackMessagesTo(sid, charterText),
      (found) => found.length > 0,
      { what: 'the new charter card' },
    );
    const closed = await world.api('POST', `/polls/${closing}/close`, { body: {} });
    assert.equal(closed.status, 200, await closed.clone().text());
    await until(async () => ((await copyOf(closing))?.last_error === 'charter_pending' ? true : undefined), {
      what: 'the held refresh of the closed poll’s card',
    });
    const sentWhileHeld = await pollToGroup(`${sending}`);
    await until(
      async () => {
        const row = await copyOf(sentWhileHeld);
        return row?.status === 'queued' && row.last_error === 'charter_pending' ? true : undefined;
      },
      { what: 'the new poll’s copy held' },
    );
    return { card, sentWhileHeld };
  };

  it('a held guest’s poll card shows the close once they accept, and the poll sent meanwhile goes', async () => {
    const pollId = await pollToGroup('Picnic P?');
    const sent = await sentCopy(pollId);
    const { card, sentWhileHeld } = await holdWhile(pollId, 'Dinner P?', 'Charter two');
    assert.equal(updatesOf(sent, 'Closed').length, 0, 'not updated while held');

    await g.slackClick(sid, card, 'groups.charter.accept');
    await pollUntil(
      () => updatesOf(sent, 'Closed'),
      (found) => found.length > 0,
      { what: 'the guest’s card brought up to date' },
    );
    await until(async () => ((await copyOf(pollId))?.last_error === null ? true : undefined));
    await sentCopy(sentWhileHeld);
  });

  it('accepting again releases what waited when the first acceptance stopped before releasing', async () => {
    const pollId = await pollToGroup('Outing Q?');
    const sent = await sentCopy(pollId);
    const { card, sentWhileHeld } = await holdWhile(pollId, 'Film Q?', 'Charter three');
    // the acceptance recorded, the server stopped before releasing: nothing went
    await world.relais.core.groups.store.acceptCharter(groupId, sid.person.id, charterVersion);
    assert.equal(updatesOf(sent, 'Closed').length, 0);
    assert.equal((await copyOf(sentWhileHeld))?.status, 'queued');

    const again = await g.slackClick(sid, card, 'groups.charter.accept');
    assert.equal(again.status, 200);
    await pollUntil(
      () => updatesOf(sent, 'Closed'),
      (found) => found.length > 0,
      { what: 'the guest’s card brought up to date' },
    );
    await sentCopy(sentWhileHeld);
  });
});
