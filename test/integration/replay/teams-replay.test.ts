/**
 * Replays Teams activities recorded from the Agents Playground and taken from Microsoft's
 * documentation (test/fixtures/replay/teams) through the real bot: authentication on, each
 * activity carrying a Bot Framework token signed by the local key server, through botbuilder's
 * adapter. Only `serviceUrl` is pointed at the fake connector, whose roster knows each sender as
 * a member of the tenant. Each test checks what a person
 * would see: the reply on the connector, the invoke's answer, who and where the bot learned.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { postActivity } from '../../harness/teams-activities.js';
import {
  type AuthenticatedTeams,
  type CardJson,
  cardOf,
  startAuthenticatedTeams,
  textsOf,
} from '../teams/teams-helpers.js';
import { type Recorded, recorded, recordedNames } from './replay-fixtures.js';

/** the tenant every recording was rewritten to (the Playground's own test tenant) */
const tenantId = '00000000-0000-0000-0000-0000000000001';
const appId = '00000000-0000-0000-0000-00000000000011';

/** every recording this file replays; a new recording must be added here, with its test */
const replayedHere = [
  'docs-compose-extension-fetch-task',
  'docs-conversation-update-bot-added-personal',
  'docs-installation-update-team',
  'docs-message-channel-mention',
  'docs-task-fetch',
  'docs-task-submit',
  'playground-adaptive-card-action',
  'playground-conversation-update-personal',
  'playground-installation-update-personal',
  'playground-message-help',
];

describe('Teams replay: recorded activities through the authenticated bot', () => {
  let bot: AuthenticatedTeams;

  before(async () => {
    bot = await startAuthenticatedTeams(appId, tenantId);
  });
  after(() => bot?.close());
  beforeEach(() => bot.connector.reset());

  /** posts the recording `name` as the Bot Framework would, and answers Relais's response */
  async function replay(name: string): Promise<{ activity: Recorded; status: number; body: CardJson }> {
    assert.ok(replayedHere.includes(name), `${name} is listed in replayedHere`);
    const activity = recorded('teams', name);
    activity.serviceUrl = bot.connector.url;
    // as in the real tenant, the connector's roster knows the sender (a member, not a guest)
    const { id, name: displayName, aadObjectId } = activity.from;
    bot.connector.directory.set(id, { id, name: displayName, aadObjectId, tenantId });
    const token = await bot.keys.sign({ aud: appId, serviceurl: bot.connector.url });
    const response = await postActivity(bot.relais.url, activity, { authorization: `Bearer ${token}` });
    return { activity, status: response.status, body: response.body };
  }

  const identityOf = (activity: Recorded) => ({
    platform: 'teams' as const,
    tenantId,
    userId: activity.from.id as string,
    aadObjectId: activity.from.aadObjectId as string,
  });

  /** what the bot posted into a conversation (sends and replies) */
  const postedIn = (conversationId: string) =>
    bot.connector
      .sentActivities()
      .filter((r) => r.path.startsWith(`/v3/conversations/${conversationId}/activities`));

  /**
   * the help card posted into a conversation: a welcome tour's step for the person learned by an
   * earlier test may land in the same 1:1 before or after it
   */
  const helpCardIn = (conversationId: string): string[] | undefined =>
    postedIn(conversationId)
      .map((r) => textsOf(cardOf(r)))
      .find((texts) => texts.includes(translate('en', 'help.title')));

  /** the inputs of a dialog's card, by id */
  const inputIds = (card: CardJson): string[] =>
    JSON.stringify(card)
      .match(/"id":"in(?:\[\])?\.[a-z_]+"/g)
      ?.map((m) => m.slice(6, -1)) ?? [];

  it('Playground installationUpdate (personal): greets with the help card, learns the person and the chat', async () => {
    const { activity, status } = await replay('playground-installation-update-personal');
    assert.equal(status, 200);
    const conversationId = activity.conversation.id as string;
    await bot.connector.waitFor(() => helpCardIn(conversationId) !== undefined);
    const person = await bot.relais.core.people.findByIdentity(identityOf(activity));
    assert.ok(person, 'the person who installed the app is known');
    const saved = await bot.relais.core.conversations.findPersonal('teams', person.id);
    assert.equal(saved?.conversationId, conversationId, 'their 1:1 reference is kept for proactive sends');
  });

  it('Playground conversationUpdate (bot and person added to a personal chat): the 1:1 is saved', async () => {
    const { activity, status } = await replay('playground-conversation-update-personal');
    assert.equal(status, 200);
    const person = await bot.relais.core.people.findByIdentity(identityOf(activity));
    assert.ok(person);
    assert.equal(
      (await bot.relais.core.conversations.findPersonal('teams', person.id))?.conversationId,
      activity.conversation.id,
    );
  });

  it('Playground message "help": replies with the help card in English, the locale Teams gave', async () => {
    const { activity, status } = await replay('playground-message-help');
    assert.equal(status, 200);
    const texts = helpCardIn(activity.conversation.id);
    assert.ok(
      texts,
      `a help card among ${JSON.stringify(postedIn(activity.conversation.id).map((r) => textsOf(cardOf(r))))}`,
    );
    assert.ok(texts.includes(translate('en', 'help.topic.news')));
  });

  it('Playground adaptiveCard/action (Action.Execute help.topic news): answers the refreshed card', async () => {
    const { status, body } = await replay('playground-adaptive-card-action');
    assert.equal(status, 200);
    assert.equal(body.statusCode, 200);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.ok(textsOf(body.value).includes(translate('en', 'help.topic.news.body')), JSON.stringify(body));
  });

  it('docs conversationUpdate (bot added to a one-to-one chat): learns the person and saves the 1:1', async () => {
    const { activity, status } = await replay('docs-conversation-update-bot-added-personal');
    assert.equal(status, 200);
    const person = await bot.relais.core.people.findByIdentity(identityOf(activity));
    assert.ok(person, 'the person is learned from their AAD object id and Teams id');
    const saved = await bot.relais.core.conversations.findPersonal('teams', person.id);
    assert.equal(saved?.conversationId, activity.conversation.id);
  });

  it('docs installationUpdate (app added to a team): keeps the channel for later posts, says nothing', async () => {
    const { activity, status } = await replay('docs-installation-update-team');
    assert.equal(status, 200);
    const saved = await bot.relais.core.conversations.get('teams', activity.conversation.id);
    assert.equal(saved?.kind, 'channel');
    // (the person learned by the test before may get their welcome tour's first step meanwhile:
    // that goes to their 1:1, not here)
    assert.deepEqual(postedIn(activity.conversation.id), [], 'no welcome card in a channel');
  });

  it('docs channel message mentioning the bot: answers "help" in the thread', async () => {
    const { activity, status } = await replay('docs-message-channel-mention');
    assert.equal(status, 200);
    assert.ok(helpCardIn(activity.conversation.id), 'the help card in the thread');
  });

  it('docs composeExtension/fetchTask (poll.create from a channel): opens the poll form', async () => {
    const { status, body } = await replay('docs-compose-extension-fetch-task');
    assert.equal(status, 200);
    assert.equal(body.task?.type, 'continue', JSON.stringify(body));
    const card = body.task.value.card.content as CardJson;
    assert.deepEqual(inputIds(card).slice(0, 2), ['in.poll_question', 'in.poll_options']);
  });

  it('docs task/fetch (a button that opens the poll form): opens the same form', async () => {
    const { status, body } = await replay('docs-task-fetch');
    assert.equal(status, 200);
    assert.equal(body.task?.type, 'continue', JSON.stringify(body));
    assert.ok(inputIds(body.task.value.card.content).includes('in.poll_question'));
  });

  it('docs task/submit (the poll form filled in): posts the poll into the channel', async () => {
    const { activity, status, body } = await replay('docs-task-submit');
    assert.equal(status, 200, JSON.stringify(body));
    await bot.connector.waitFor(() => postedIn(activity.conversation.id).length > 0);
    const texts = textsOf(cardOf(postedIn(activity.conversation.id)[0]));
    for (const text of ['Lunch on Friday?', 'Pizza', 'Sushi', 'Salad'])
      assert.ok(texts.includes(text), `${text} in ${texts.join(' | ')}`);
  });

  it('every recorded Teams activity has a replay test', () => {
    assert.deepEqual(replayedHere, recordedNames('teams'));
  });
});
