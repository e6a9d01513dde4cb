/**
 * A group's access-review settings over HTTP, on SQLite and PostgreSQL + Redis: its manager reads
 * and changes what an unanswered review does (remove or report) and its reminder and due delays;
 * a guest or a plain member is refused (403), a reminder at or after the due date and an unknown
 * action are refused (400, in the caller's language: the manager's French). The sweep, run as of given instants, then
 * follows the group's delays: the reminder on day 2, the removal on day 5 (not the default 4 and 7).
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  type WorldPerson,
} from '../news/news-world.js';
import { DAY, guestHelpers, type Json } from './group-guests-world.js';

describeNewsBackends('Groups: access-review settings per group (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  const start = Date.now();
  let manager: WorldPerson;
  let member: WorldPerson;
  let guest: WorldPerson;
  let groupId: string;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    manager = await world.slackPerson('Mona Manager', { locale: 'fr' });
    member = await world.slackPerson('Paul Plain', { locale: 'en' });
    guest = await world.slackPerson('Gil Guest', { locale: 'en', kind: 'guest' });
    const charter = { fr: 'Charte', en: 'Charter' };
    groupId = (await g.charterGroup('Clients S', { charter, manager, guests: [guest] })).id;
    await g.add(groupId, member, 'member');
  });
  after(async () => {
    await world?.close();
  });

  const settings = (as: WorldPerson, body?: Json) =>
    world.api(body ? 'PATCH' : 'GET', `/groups/${groupId}/review-settings`, {
      as,
      ...(body ? { body } : {}),
    });

  it('lets the manager set the action and delays; refuses others and bad values in their language', async () => {
    const read = await settings(manager);
    assert.equal(read.status, 200);
    assert.deepEqual(await read.json(), { unreviewedAction: 'report', remindAfterDays: 4, answerDays: 7 });
    for (const who of [guest, member]) {
      const refused = await settings(who, { unreviewedAction: 'remove' });
      assert.equal(refused.status, 403, who.person.displayName);
    }
    // the manager reads French: the refusal is said in French
    const late = await settings(manager, { remindAfterDays: 7 });
    assert.equal(late.status, 400);
    const lateBody = (await late.json()) as Json;
    assert.match(lateBody.error.message, /La relance doit partir avant/, JSON.stringify(lateBody));
    assert.equal(lateBody.error.details?.[0]?.code ?? lateBody.error.fields?.[0]?.code, 'reminder_after_due');
    const unknown = await settings(manager, { unreviewedAction: 'delete' });
    assert.equal(unknown.status, 400);
    const changed = await settings(manager, {
      unreviewedAction: 'remove',
      remindAfterDays: 2,
      answerDays: 5,
    });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.deepEqual(await changed.json(), { unreviewedAction: 'remove', remindAfterDays: 2, answerDays: 5 });
    assert.deepEqual(await (await settings(manager)).json(), {
      unreviewedAction: 'remove',
      remindAfterDays: 2,
      answerDays: 5,
    });
  });

  it('the sweep follows the group’s delays: reminder on day 2, removal on day 5', async () => {
    const opening = start + 91 * DAY;
    await g.sweep(opening);
    await pollUntil(
      () => g.slackMessagesTo(manager, 'Revue des accès de Clients S (fr)'),
      (found) => found.length > 0,
    );
    await g.sweep(opening + 1.5 * DAY);
    assert.equal(g.slackMessagesTo(manager, 'Rappel').length, 0, 'no reminder before day 2');
    await g.sweep(opening + 2.1 * DAY);
    await pollUntil(
      () => g.slackMessagesTo(manager, 'Rappel'),
      (found) => found.length > 0,
    );
    await g.sweep(opening + 4.5 * DAY);
    assert.equal((await g.member(groupId, guest))?.removedAt, null, 'still there before day 5');
    await g.sweep(opening + 5.1 * DAY);
    assert.equal((await g.member(groupId, guest))?.removedReason, 'review');
    const reviews = (await (
      await world.api('GET', `/groups/${groupId}/reviews`, { as: manager })
    ).json()) as Json;
    assert.equal(reviews.reviews[0].outcome, 'removed');
    assert.equal(Date.parse(reviews.reviews[0].dueAt) - Date.parse(reviews.reviews[0].startedAt), 5 * DAY);
  });
});
