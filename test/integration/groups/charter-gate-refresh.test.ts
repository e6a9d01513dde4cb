/**
 * The charter gate on copies already delivered, over HTTP on SQLite and PostgreSQL + Redis: a
 * guest whose charter is pending again (a new version) is held on every path, and an edit of a
 * news item they received earlier does not reach their copy meanwhile (the copy keeps what they
 * saw, the hold kept as its reason); once they accept, their copy is brought up to date. Fails
 * with the copy updated while they are held.
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

describeNewsBackends('Groups: a held guest’s delivered copies wait for the charter (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  let manager: WorldPerson;
  let sid: WorldPerson; // Slack guest
  let groupId: string;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    manager = await world.slackPerson('Rae Manager', { locale: 'en' });
    sid = await world.slackPerson('Sid Slack', { locale: 'en', kind: 'guest' });
    const charter = { fr: 'Charte une', en: 'Charter one' };
    groupId = (await g.charterGroup('Partners R', { charter, manager, guests: [sid] })).id;
    await g.slackHome(sid);
  });
  after(async () => {
    await world?.close();
  });

  /** chat.update calls on one delivered copy (its conversation and message) carrying `text` */
  const updatesOf = (copy: { conversation_id: string | null; message_id: string | null }, text: string) =>
    world.slack
      .callsTo('chat.update')
      .filter((c) => c.body.channel === copy.conversation_id && c.body.ts === copy.message_id)
      .filter((c) => JSON.stringify(c.body).includes(text));

  it('an edit reaches a held guest’s copy only once they accept the new charter', async () => {
    const variants = (title: string) => ({ en: { title, summary: '', body: 'Text', buttons: [] } });
    const created = await world.api('POST', '/news', {
      body: { variants: variants('Group news R'), audience: { groups: [groupId] } },
    });
    const newsId = ((await created.json()) as Json).id as string;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    const copy = () => g.newsDelivery(newsId, sid);
    const sent = await until(async () => {
      const row = await copy();
      return row?.status === 'sent' ? row : undefined;
    });

    const added = await world.api('POST', `/groups/${groupId}/charters`, {
      as: manager,
      body: { textFr: 'Charte deux', textEn: 'Charter two' },
    });
    assert.equal(added.status, 201, await added.clone().text());
    const [card] = await pollUntil(
      () => g.slackMessagesTo(sid, 'Charter two'),
      (found) => found.length > 0,
    );

    const edited = await world.api('PATCH', `/news/${newsId}`, {
      body: { variants: variants('Edited news R') },
    });
    assert.equal(edited.status, 200, await edited.clone().text());
    await until(async () => ((await copy())?.last_error === 'charter_pending' ? true : undefined), {
      what: 'the held refresh of the guest’s copy',
    });
    assert.equal(updatesOf(sent, 'Edited news R').length, 0, 'not updated while held');

    await g.slackClick(sid, card, 'groups.charter.accept');
    await pollUntil(
      () => updatesOf(sent, 'Edited news R'),
      (found) => found.length > 0,
      { what: 'the guest’s copy brought up to date' },
    );
    await until(async () => ((await copy())?.last_error === null ? true : undefined));
  });
});
