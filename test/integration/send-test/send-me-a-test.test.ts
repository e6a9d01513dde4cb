/**
 * "Send me a test" over HTTP, against the fake Teams connector and Slack Web API: a news item, a
 * poll, a survey and a tour step (as edited) reach the caller only, in the language asked, marked
 * as a test, without a button that would count (acknowledge, vote, answer), and leave no delivery
 * record or result behind. Also: a tour step written in one language only is accepted and reaches
 * readers of the other language in the written one; the step preview draws both languages; poll
 * results carry their denominator (recipients).
 */
import assert from 'node:assert/strict';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../news/news-world.js';
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

describeNewsBackends('Send me a test, one language enough (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  let author: WorldPerson; // Teams, French, communicator
  let slackAuthor: WorldPerson; // Slack, English, communicator
  let reader: WorldPerson; // Teams, English, Sales

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    author = await world.teamsPerson('Agathe Autrice', { locale: 'fr', department: 'Com' });
    slackAuthor = await world.slackPerson('Sam Slack', { locale: 'en', department: 'Com' });
    reader = await world.teamsPerson('Rob Reader', { locale: 'en', department: 'Sales' });
    for (const p of [author, slackAuthor])
      await world.relais.core.people.grant(p.person.id, 'communicator', '');
  });
  after(async () => {
    await world?.close();
  });

  async function call(method: string, path: string, body?: Json, as?: WorldPerson) {
    const res = await world.api(method, path, { body, as });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
  }

  /** the Teams activities sent since `from` (index into the recorded sends) */
  const teamsSince = (from: number) => world.teams.sentActivities().slice(from);
  /**
   * those of them sent into the author's own chat: a poll's delivery to its audience may be going
   * out at the same time, and is not the test
   */
  const toAuthorSince = async (from: number) => {
    const chat = await world.relais.core.conversations.findPersonal('teams', author.person.id);
    assert.ok(chat, 'the author has a chat with Relais');
    return teamsSince(from).filter((r) =>
      r.path.startsWith(`/v3/conversations/${chat.conversationId}/activities`),
    );
  };
  /** the Slack messages posted into `who`'s direct messages since `from` */
  const slackDmsSince = (from: number, who: WorldPerson) =>
    world.slack
      .callsTo('chat.postMessage')
      .slice(from)
      .filter((c) => [who.userId, `D${who.userId.replace(/^U/, '')}`].includes(String(c.body.channel)));

  it('sends a news item to its author only, in the language asked, marked and not counted', async () => {
    const created = await call('POST', '/news', {
      variants: {
        fr: { title: 'Cantine rouverte', summary: 'Lundi.', body: 'Menu.', buttons: [] },
        en: { title: 'Canteen reopened', summary: 'Monday.', body: 'Menu.', buttons: [] },
      },
      audience: { departments: ['Sales'] },
      strategic: true,
    });
    assert.equal(created.status, 201, created.text);
    const id = created.body.id;

    const before = world.teams.sentActivities().length;
    const test = await call('POST', `/news/${id}/test`, { locale: 'en' }, author);
    assert.equal(test.status, 200, test.text);
    assert.deepEqual(test.body, { test: true, locale: 'en', sentTo: [{ platform: 'teams' }] });
    const sent = await toAuthorSince(before);
    assert.equal(sent.length, 1, 'one message, to the author');
    assert.ok(
      !teamsSince(before).some((r) => !sent.includes(r) && /Canteen|Cantine/.test(JSON.stringify(r.body))),
      'to nobody else',
    );
    const texts = textsOf(sent[0]?.body).join('\n');
    assert.match(texts, /Canteen reopened/);
    assert.match(texts, /Test/);
    assert.doesNotMatch(texts, /Cantine/);
    // a strategic item's "I have read it" would record an acknowledgement: left out
    assert.deepEqual(executeActionsOf(sent[0]?.body), []);

    // in French, the default of a French author
    const beforeFrench = world.teams.sentActivities().length;
    const french = await call('POST', `/news/${id}/test`, {}, author);
    assert.equal(french.body.locale, 'fr');
    const [inFrench] = await toAuthorSince(beforeFrench);
    assert.match(textsOf(inFrench?.body).join('\n'), /Cantine rouverte/);

    // nothing recorded: no delivery, no target, the item still a draft
    const deliveries = await call('GET', `/news/${id}/deliveries`);
    assert.equal(deliveries.body.total, 0);
    const stats = await call('GET', `/news/${id}/stats`);
    assert.equal(stats.body.totals.targeted, 0);
    assert.equal(stats.body.deliveries.total, 0);
    assert.equal((await call('GET', `/news/${id}`)).body.status, 'draft');
  });

  it('sends to the Slack account of a Slack author; an API key and a non-author are refused', async () => {
    const created = await call('POST', '/news', {
      variants: { fr: { title: 'Seulement en français', summary: '', body: '', buttons: [] } },
      audience: { departments: ['Sales'] },
    });
    const id = created.body.id;
    const before = world.slack.callsTo('chat.postMessage').length;
    const test = await call('POST', `/news/${id}/test`, { locale: 'en' }, slackAuthor);
    assert.equal(test.status, 200, test.text);
    assert.deepEqual(test.body.sentTo, [{ platform: 'slack' }]);
    const posts = slackDmsSince(before, slackAuthor);
    assert.equal(posts.length, 1);
    // written in French only: the English test shows the French item, with the English chrome
    assert.match(JSON.stringify(posts[0]?.body), /Seulement en fran/);
    assert.match(JSON.stringify(posts[0]?.body), /Test/);

    const byKey = await call('POST', `/news/${id}/test`, {});
    assert.equal(byKey.status, 400);
    assert.equal(byKey.body.error.code, 'test_needs_person');
    // a reader who is not its author does not even learn the draft exists
    const byReader = await call('POST', `/news/${id}/test`, {}, reader);
    assert.equal(byReader.status, 404, byReader.text);
    const bad = await call('POST', `/news/${id}/test`, { locale: 'de' }, author);
    assert.equal(bad.status, 400);
  });

  it('sends a poll without its vote buttons; no vote, and results carry the recipients', async () => {
    const created = await call('POST', '/polls', {
      poll: { question: 'Lunch at noon?', options: ['Yes', 'No'] },
      target: { audience: { departments: ['Sales'] } },
    });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id;
    const results = await until(async () => {
      const r = await call('GET', `/polls/${pollId}/results`);
      return r.body.recipients === 1 ? r.body : undefined;
    });
    assert.equal(results.voters, 0);

    const before = world.teams.sentActivities().length;
    const test = await call('POST', `/polls/${pollId}/test`, { locale: 'en' }, author);
    assert.equal(test.status, 200, test.text);
    // the poll's delivery to Rob (Sales) may still be going out: the test is the one in the author's chat
    const [sent] = await toAuthorSince(before);
    const texts = textsOf(sent?.body).join('\n');
    assert.match(texts, /Lunch at noon\?/);
    assert.match(texts, /Yes/);
    assert.match(texts, /No/);
    assert.deepEqual(executeActionsOf(sent?.body), [], 'no vote from a test');
    const after = await call('GET', `/polls/${pollId}/results`);
    assert.deepEqual(
      { voters: after.body.voters, recipients: after.body.recipients },
      { voters: 0, recipients: 1 },
    );
    // a poll only posted in a conversation has no audience to count
    const posted = await call('POST', '/polls', { poll: { question: 'Posted?', options: ['a', 'b'] } });
    assert.equal(posted.status, 201, posted.text);
    const r = await call('GET', `/polls/${posted.body.poll.id}/results`);
    assert.equal(r.body.recipients, null);
  });

  it('sends a survey card with its questions, without the Answer button', async () => {
    const created = await call('POST', '/surveys', {
      title: 'Pulse',
      locale: 'en',
      questions: [
        { kind: 'single', label: 'Happy here?', options: ['Yes', 'No'] },
        { kind: 'text', label: 'Anything else?' },
      ],
    });
    assert.equal(created.status, 200, created.text);
    const before = world.teams.sentActivities().length;
    const test = await call('POST', `/surveys/${created.body.id}/test`, { locale: 'fr' }, author);
    assert.equal(test.status, 200, test.text);
    const [sent] = await toAuthorSince(before);
    const texts = textsOf(sent?.body).join('\n');
    assert.match(texts, /Pulse/);
    assert.match(texts, /Happy here\? \(Yes \/ No\)/);
    assert.match(texts, /Anything else\?/);
    assert.match(texts, /Questions :/);
    assert.deepEqual(executeActionsOf(sent?.body), []);
    const results = await call('GET', `/surveys/${created.body.id}/results`);
    assert.equal(results.body.respondents, 0);
  });

  it('accepts a tour written in French only and sends its steps to English readers in French', async () => {
    const step = (title: string) => ({
      key: 'one',
      schedule: 'premier contact',
      content: { fr: { title, text: 'Bonjour **à tous**.' } },
      task: { label: { fr: 'Compléter votre profil' } },
    });
    const created = await call('POST', '/tours', {
      name: 'Accueil FR',
      status: 'active',
      audience: { who: 'everyone' },
      triggers: ['manual'],
      steps: [step('Bienvenue')],
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.steps[0].content.en, undefined);
    assert.equal(created.body.steps[0].content.fr.title, 'Bienvenue');

    const before = world.teams.sentActivities().length;
    const started = await call('POST', `/tours/${created.body.id}/start`, { personId: reader.person.id });
    assert.equal(started.status, 200, started.text);
    const sent = await until(() =>
      teamsSince(before).find((r) => textsOf(r.body).join('').includes('Bienvenue')),
    );
    // the English chrome around the French content
    assert.match(textsOf(sent.body).join('\n'), /Step 1 of 1/);
    assert.match(textsOf(sent.body).join('\n'), /Compléter votre profil/);

    // neither language: refused on the field
    const none = await call('POST', '/tours', {
      name: 'Vide',
      audience: { who: 'everyone' },
      triggers: ['manual'],
      steps: [{ key: 'one', schedule: 'first contact', content: {} }],
    });
    assert.equal(none.status, 400);
    assert.match(JSON.stringify(none.body), /steps\.0\.content/);
  });

  it('previews a step as edited in both languages and sends it as a test', async () => {
    const body = {
      step: { content: { en: { title: 'Meet your team', text: '' }, fr: { title: '' } }, tutorialIds: [] },
      index: 1,
      total: 3,
    };
    const preview = await call('POST', '/tours/step-preview', body, author);
    assert.equal(preview.status, 200, preview.text);
    const fr = JSON.stringify(preview.body.cards.fr);
    const en = JSON.stringify(preview.body.cards.en);
    assert.match(en, /Meet your team/);
    assert.match(en, /Step 2 of 3/);
    // the French title left empty: the French reader gets the English one, with French chrome
    assert.match(fr, /Meet your team/);
    assert.match(fr, /Étape 2 sur 3/);
    const readerPreview = await call('POST', '/tours/step-preview', body, reader);
    assert.equal(readerPreview.status, 403);

    const before = world.slack.callsTo('chat.postMessage').length;
    const test = await call('POST', '/tours/step-test', { ...body, locale: 'fr' }, slackAuthor);
    assert.equal(test.status, 200, test.text);
    const posts = slackDmsSince(before, slackAuthor);
    assert.equal(posts.length, 1);
    const text = JSON.stringify(posts[0]?.body);
    assert.match(text, /Meet your team/);
    assert.match(text, /Étape 2 sur 3/);
    // Done / Skip would act on a journey: a test has none
    assert.doesNotMatch(text, /"action_id"/);
  });
});
