/**
 * A new charter version over HTTP, on SQLite and PostgreSQL + Redis: guests who had accepted the
 * first one are sent the new text at once (in their language, once), and until they accept it
 * every path holds them again — the REST API (the tab) answers 403 `charter_pending`, a Slack
 * command, the App Home and a Teams message show the new charter, a news copy named to them
 * waits. Accepting from the card sent releases what waited. Fails without the new version being
 * sent (a guest would learn of it only by trying something).
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

describeNewsBackends('Groups: a new charter version is asked again on every path (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  let manager: WorldPerson;
  let sid: WorldPerson; // Slack guest, English
  let tom: WorldPerson; // Teams guest, French
  let groupId: string;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    manager = await world.slackPerson('Vera Manager', { locale: 'en' });
    sid = await world.slackPerson('Sid Slack', { locale: 'en', kind: 'guest' });
    tom = await world.teamsPerson('Tom Teams', { locale: 'fr', kind: 'guest' });
    const charter = { fr: 'Charte une', en: 'Charter one' };
    groupId = (await g.charterGroup('Partenaires V', { charter, manager, guests: [sid, tom] })).id;
    // Sid has been there (his first contact marks him joined); Tom accepted version 1
    await g.slackHome(sid);
  });
  after(async () => {
    await world?.close();
  });

  it('sends version 2 to each guest, holds every path until they accept it, then releases', async () => {
    assert.equal((await world.api('GET', '/news/feed', { as: sid })).status, 200, 'version 1 accepted');
    const added = await world.api('POST', `/groups/${groupId}/charters`, {
      as: manager,
      body: { textFr: 'Charte deux', textEn: 'Charter two' },
    });
    assert.equal(added.status, 201, await added.clone().text());

    // asked at once, in their language, once
    const [card] = await pollUntil(
      () => g.slackMessagesTo(sid, 'Charter two'),
      (found) => found.length > 0,
    );
    assert.ok(JSON.stringify(card).includes('I accept the charter'));
    await pollUntil(
      () =>
        world.teams
          .sentActivities()
          .filter((r) => JSON.stringify(r.body).includes('Charte deux'))
          .filter((r) => JSON.stringify(r.body).includes('J’accepte la charte')),
      (found) => found.length > 0,
    );

    // held on every path meanwhile
    const feed = await world.api('GET', '/news/feed', { as: sid });
    assert.equal(feed.status, 403);
    assert.equal(((await feed.json()) as Json).error.code, 'charter_pending');
    assert.match(await g.slackCommand(sid, 'news'), /Charter two/);
    assert.match(await g.slackHome(sid), /Charter two/);
    assert.match(await g.teamsMessage(tom, 'actus'), /Charte deux/);
    const news = await world.api('POST', '/news', {
      body: {
        variants: { en: { title: 'News for Sid', summary: '', body: 'Text', buttons: [] } },
        audience: { people: [sid.person.id] },
      },
    });
    const newsId = ((await news.json()) as Json).id;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    const copy = () => g.newsDelivery(newsId, sid);
    await until(async () => ((await copy())?.last_error === 'charter_pending' ? true : undefined));
    assert.equal(g.slackMessagesTo(sid, 'News for Sid').length, 0);

    // accepted from the card sent: recorded as version 2, what waited goes
    await g.slackClick(sid, card, 'groups.charter.accept');
    await until(async () =>
      (await world.relais.core.groups.store.acceptedVersion(groupId, sid.person.id)) === 2 ? true : undefined,
    );
    await until(async () => ((await copy())?.status === 'sent' ? true : undefined));
    assert.equal((await world.api('GET', '/news/feed', { as: sid })).status, 200);
    assert.equal(g.slackMessagesTo(sid, 'Charter two').length, 1, 'sent once');
  });
});
