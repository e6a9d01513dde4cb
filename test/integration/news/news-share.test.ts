/**
 * Share as news from chat over signed Slack requests: the `news.share` message shortcut opens a
 * modal prefilled with the message (first line as title), its submission saves a draft in the
 * author's language and scope and tells where to finish it; an empty title is refused on its
 * field; a member without the communicator role gets a refusal and no draft. On SQLite and
 * PostgreSQL.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { ENGLISH, FRENCH, type SlackWorld, startSlackWorld, TEAM, textOf } from '../slack/slack-world.js';

// biome-ignore lint/suspicious/noExplicitAny: Slack view JSON
type View = Record<string, any>;

describeEachStore('Share as news from a Slack message (over HTTP)', (backend) => {
  let world: SlackWorld;
  let shortcuts = 0;

  before(async () => {
    const databaseUrl = backend().storeOptions?.databaseUrl;
    world = await startSlackWorld(databaseUrl ? { DATABASE_URL: databaseUrl } : {});
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => world.fake.reset());

  const viewOf = (call: { body: Record<string, unknown> }): View =>
    typeof call.body.view === 'string' ? JSON.parse(call.body.view) : (call.body.view as View);

  async function shareMessage(userId: string, text: string): Promise<View> {
    shortcuts += 1;
    const response = await world.interact({
      type: 'message_action',
      callback_id: 'news.share',
      trigger_id: `trigger-share-${shortcuts}`,
      action_ts: `1700000000.${String(shortcuts).padStart(6, '0')}`,
      team: { id: TEAM, domain: 'relais' },
      user: { id: userId, team_id: TEAM },
      token: 'legacy',
      channel: { id: 'C0GENERAL', name: 'general' },
      message: { type: 'message', ts: `1700000000.00${shortcuts}`, user: FRENCH.id, text },
      response_url: world.fake.responseUrl(),
    });
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.response.ok, true, textOf(open.response));
    return viewOf(open);
  }

  async function submit(view: View, userId: string, title: string, body: string) {
    const response = await world.interact({
      type: 'view_submission',
      team: { id: TEAM, domain: 'relais' },
      user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: TEAM },
      api_app_id: 'A0FAKE',
      token: 'legacy',
      trigger_id: '1700000000.submit.trigger',
      view: {
        ...view,
        id: 'V0SHARE',
        team_id: TEAM,
        state: {
          values: {
            'in.news_title': { value: { type: 'plain_text_input', value: title } },
            'in.news_body': { value: { type: 'plain_text_input', value: body } },
          },
        },
        hash: '1700000000.hash',
        root_view_id: 'V0SHARE',
        app_id: 'A0FAKE',
        bot_id: 'B0BOT',
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    assert.equal(response.status, 200);
    const text = await response.text();
    return text ? JSON.parse(text) : {};
  }

  const drafts = async () =>
    (await world.relais.core.news.list({ kind: 'automation', keyId: 't' }, { limit: 50, offset: 0 })).items;

  it('refuses a member who is not a communicator, and saves nothing', async () => {
    const view = await shareMessage(ENGLISH.id, 'Canteen closed on Friday');
    assert.ok(textOf(view.blocks).includes(translate('en', 'news.share.forbidden')));
    assert.equal((await drafts()).length, 0);
  });

  it('turns a message into a draft in the author’s language and scope', async () => {
    const author = await world.relais.core.people.findByEmail(FRENCH.email);
    assert.ok(author, 'the French colleague is known after her first request');
    await world.relais.core.people.grant(author.id, 'communicator', 'department:Sales');
    // the directory holds her department: a draft's audience names only what the directory holds
    await world.relais.core.store.db
      .updateTable('people')
      .set({ department: 'Sales' })
      .where('id', '=', author.id)
      .execute();

    const view = await shareMessage(FRENCH.id, 'Nouveaux horaires\nLa cantine ouvre à 11 h 30 <!channel>');
    const title = view.blocks.find((b: View) => b.block_id === 'in.news_title');
    assert.equal(title.element.initial_value, 'Nouveaux horaires');
    assert.equal(view.title.text, translate('fr', 'news.share.title').slice(0, 24));

    const refused = await submit(view, FRENCH.id, '   ', 'x');
    assert.equal(refused.response_action, 'errors');
    assert.ok(refused.errors['in.news_title']);
    assert.equal((await drafts()).length, 0);

    await submit(view, FRENCH.id, 'Nouveaux horaires *cantine*', 'La cantine ouvre à 11 h 30');
    const [draft] = await pollUntil(drafts, (items) => items.length > 0, { what: 'the draft' });
    assert.equal(draft.status, 'draft');
    assert.equal(draft.authorId, author.id);
    assert.equal(draft.variants.fr?.title, 'Nouveaux horaires *cantine*');
    assert.equal(draft.variants.en, undefined);
    assert.deepEqual(draft.audience.departments, ['Sales']);
    const told = await world.fake.waitForCall('chat.postEphemeral');
    const notice = textOf(told.body);
    assert.ok(notice.includes(`#/news/${draft.id}/edit`), notice);
    assert.ok(!notice.includes('*cantine*'), `the title is escaped in the notice: ${notice}`);
  });

  it('saves the draft of a communicator whose department nobody holds yet; publishing says who is missing', async () => {
    const author = await world.relais.core.people.findByEmail(ENGLISH.email);
    assert.ok(author);
    await world.relais.core.people.grant(author.id, 'communicator', 'department:Legal');
    const before = (await drafts()).length;

    const view = await shareMessage(ENGLISH.id, 'New contract templates');
    const answer = await submit(view, ENGLISH.id, 'New contract templates', 'They are on the intranet');
    assert.equal(answer.response_action, undefined, JSON.stringify(answer));
    const items = await pollUntil(drafts, (list) => list.length > before, { what: 'the draft' });
    const draft = items.find((item) => item.authorId === author.id);
    assert.ok(draft, 'the draft is saved');
    assert.deepEqual(draft.audience.departments, ['Legal'], 'addressed to her own scope');

    // publishing is where an audience nobody holds is refused, naming the department
    const refreshed = (await world.relais.core.people.findByEmail(ENGLISH.email))!;
    await assert.rejects(
      world.relais.core.news.publish({ kind: 'person', person: refreshed }, draft.id),
      (error: { code?: string; message?: string }) =>
        error.code === 'audience_unknown' && /Legal/.test(error.message ?? ''),
    );
  });
});
