/**
 * Teams dialogs over HTTP through the real adapter: a card button marked opensDialog (task/fetch →
 * the dialog's Adaptive Card → task/submit with the form's values), a refused submit shown again
 * with the values kept, a second page, a command answered with a dialog, and action message
 * extensions (composeExtension/fetchTask with the message's text, composeExtension/submitAction).
 * Every card shown passes the official adaptivecards parser. On SQLite and PostgreSQL (a shown
 * dialog is kept in the kv for a refused submit).
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { describeEachStore } from '../../harness/databases.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  invokeActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
} from '../../harness/teams-activities.js';
import { assertParses, type CardJson, cardOf, textsOf } from '../teams/teams-helpers.js';
import { type DialogProbe, registerDialogProbe, TOO_SHORT } from './dialog-probe.js';

/** Every Action.Submit of a card, wherever it sits. */
function submitActionsOf(node: unknown): CardJson[] {
  if (Array.isArray(node)) return node.flatMap(submitActionsOf);
  if (!node || typeof node !== 'object') return [];
  const self = (node as CardJson).type === 'Action.Submit' ? [node as CardJson] : [];
  return [...self, ...Object.values(node).flatMap(submitActionsOf)];
}

/** Every input element of a card by id. */
function inputsOf(node: unknown, out: Record<string, CardJson> = {}): Record<string, CardJson> {
  if (Array.isArray(node)) for (const item of node) inputsOf(item, out);
  else if (node && typeof node === 'object') {
    const element = node as CardJson;
    if (typeof element.type === 'string' && element.type.startsWith('Input.')) out[element.id] = element;
    for (const value of Object.values(element)) inputsOf(value, out);
  }
  return out;
}

/** The dialog of a `continue` task response, checked. */
function dialogOf(body: CardJson): { title: string; height: string; card: CardJson } {
  assert.equal(body?.task?.type, 'continue', JSON.stringify(body));
  const { value } = body.task;
  assert.equal(value.card.contentType, 'application/vnd.microsoft.card.adaptive');
  assertParses(value.card.content);
  return { title: value.title, height: value.height, card: value.card.content };
}

describeEachStore('Teams dialogs (task modules and message extensions, over HTTP)', (backend) => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  let probe: DialogProbe;
  const tenantId = 'tenant-dialogs';
  const user = teamsUser('Camille Martin');

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({
      TEAMS_SERVICE_URL: connector.url,
      DEFAULT_LOCALE: 'fr',
      DATABASE_URL: backend().storeOptions?.databaseUrl,
    });
    probe = registerDialogProbe(relais.core);
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });
  beforeEach(() => {
    connector.reset();
    probe.requests.length = 0;
  });

  const scene = (conversation?: TeamsScene['conversation']): TeamsScene => ({
    serviceUrl: connector.url,
    tenantId,
    user,
    locale: 'en-US',
    ...(conversation ? { conversation } : {}),
  });
  const channel = {
    id: '19:dialogs@thread.tacv2;messageid=1700000000001',
    conversationType: 'channel' as const,
    isGroup: true,
  };

  /** The form dialog, opened through task/fetch with the data of an opensDialog button. */
  async function openForm(s: TeamsScene) {
    const response = await postActivity(
      relais.url,
      invokeActivity(s, 'task/fetch', {
        data: { msteams: { type: 'task/fetch' }, action: 'test.dialog.open', payload: { from: 'button' } },
        context: { theme: 'default' },
      }),
    );
    assert.equal(response.status, 200);
    return dialogOf(response.body);
  }

  const submitData = (dialogCard: CardJson, inputs: Record<string, string>) => {
    const [submit] = submitActionsOf(dialogCard);
    assert.ok(submit, 'the dialog has a submit button');
    return { ...submit.data, ...inputs };
  };

  it('opens a dialog from a task/fetch button and posts the submitted result into the conversation', async () => {
    const dialog = await openForm(scene(channel));
    assert.equal(dialog.title, 'New question');
    assert.equal(dialog.height, 'large');
    const [opened] = probe.of('test.dialog.open');
    assert.deepEqual(opened.payload, { from: 'button' });
    assert.deepEqual(opened.conversation, {
      kind: 'conversation',
      platform: 'teams',
      tenantId,
      conversationId: '19:dialogs@thread.tacv2',
    });
    const inputs = inputsOf(dialog.card);
    assert.deepEqual(Object.keys(inputs).sort(), ['in.question', 'in[].colours']);
    const [submit] = submitActionsOf(dialog.card);
    assert.equal(submit.data.action, 'test.dialog.create');
    assert.equal(submit.data.msteams, undefined, 'inside a dialog the button submits, it does not fetch');
    assert.equal(submitActionsOf(dialog.card).length, 1);

    const response = await postActivity(
      relais.url,
      invokeActivity(scene(channel), 'task/submit', {
        data: submitData(dialog.card, { 'in.question': 'Lunch at noon?', 'in[].colours': 'red,blue' }),
        context: { theme: 'default' },
      }),
    );
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { task: { type: 'message', value: 'Created: Lunch at noon?' } });
    const [created] = probe.of('test.dialog.create');
    assert.deepEqual(created.inputs, { question: 'Lunch at noon?', colours: ['red', 'blue'] });
    assert.deepEqual(created.payload, { origin: 'probe' });
    assert.equal(created.actor.displayName, 'Camille Martin');
    // the feature posted its card into the channel the dialog came from
    await connector.waitFor((requests) =>
      requests.some((r) => r.method === 'POST' && textsOf(r.body).includes('Posted: Lunch at noon?')),
    );
    const posted = connector.sentActivities().find((r) => textsOf(r.body).includes('Posted: Lunch at noon?'));
    assert.match(posted!.path, /19%3Adialogs%40thread\.tacv2|19:dialogs@thread\.tacv2/);
    cardOf(posted);
  });

  it('runs a redelivered submit (same activity id) once, and answers it with a message', async () => {
    const dialog = await openForm(scene(channel));
    const submit = invokeActivity(scene(channel), 'task/submit', {
      data: submitData(dialog.card, { 'in.question': 'Only once?' }),
      context: { theme: 'default' },
    });
    const first = await postActivity(relais.url, submit);
    assert.deepEqual(first.body, { task: { type: 'message', value: 'Created: Only once?' } });
    // Teams sends the same invoke again (it got no answer in time, or sent it twice)
    const again = await postActivity(relais.url, submit);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { task: { type: 'message', value: translate('en', 'teams.action.done') } });
    assert.equal(probe.of('test.dialog.create').length, 1, 'the form was handled once');
  });

  it('shows a refused submit again, values kept and the reason above the form', async () => {
    const dialog = await openForm(scene());
    const response = await postActivity(
      relais.url,
      invokeActivity(scene(), 'task/submit', {
        data: submitData(dialog.card, { 'in.question': 'no', 'in[].colours': 'blue' }),
      }),
    );
    const again = dialogOf(response.body);
    const texts = textsOf(again.card).join(' | ');
    assert.ok(texts.includes(TOO_SHORT), texts);
    assert.ok(texts.includes(translate('en', 'dialog.invalid')), texts);
    const inputs = inputsOf(again.card);
    assert.equal(inputs['in.question'].value, 'no');
    assert.equal(inputs['in[].colours'].value, 'blue');

    // corrected, it goes through
    const fixed = await postActivity(
      relais.url,
      invokeActivity(scene(), 'task/submit', { data: submitData(again.card, { 'in.question': 'Better' }) }),
    );
    assert.deepEqual(fixed.body, { task: { type: 'message', value: 'Created: Better' } });
  });

  it('tells a refusal in a message when the dialog is not known (expired, or an id it did not write)', async () => {
    const dialog = await openForm(scene());
    for (const id of ['not-ours', '00000000-0000-4000-8000-000000000000']) {
      const response = await postActivity(
        relais.url,
        invokeActivity(scene(), 'task/submit', {
          data: { ...submitData(dialog.card, { 'in.question': 'no' }), dialog: id },
        }),
      );
      assert.deepEqual(response.body, {
        task: { type: 'message', value: `${translate('en', 'dialog.invalid')} ${TOO_SHORT}` },
      });
    }
  });

  it('continues with the next dialog, then closes on a notice', async () => {
    const dialog = await openForm(scene());
    const next = await postActivity(
      relais.url,
      invokeActivity(scene(), 'task/submit', { data: submitData(dialog.card, { 'in.question': 'more' }) }),
    );
    const page = dialogOf(next.body);
    assert.equal(page.title, 'Step 2');
    const done = await postActivity(
      relais.url,
      invokeActivity(scene(), 'task/submit', { data: submitData(page.card, { 'in.note': 'ok' }) }),
    );
    assert.deepEqual(done.body, { task: { type: 'message', value: 'Finished' } });
    assert.deepEqual(probe.of('test.dialog.finish')[0].inputs, { note: 'ok' });
  });

  it('answers a stale or forged dialog invoke with a message, never an error status', async () => {
    for (const [name, value] of [
      ['task/fetch', { data: { action: 'nothing.here', payload: {} } }],
      ['task/submit', { data: 'x' }],
      ['task/fetch', undefined],
      ['composeExtension/fetchTask', { commandId: 'not.registered', commandContext: 'compose' }],
      ['composeExtension/fetchTask', {}],
    ] as const) {
      const response = await postActivity(relais.url, invokeActivity(scene(), name, value));
      assert.equal(response.status, 200, name);
      assert.deepEqual(
        response.body,
        { task: { type: 'message', value: translate('en', 'error.unknown_action') } },
        `${name} ${JSON.stringify(value)}`,
      );
    }
  });

  it('opens a message action with the message text and author, and submits it', async () => {
    const response = await postActivity(
      relais.url,
      invokeActivity(scene(channel), 'composeExtension/fetchTask', {
        commandId: 'test.share',
        commandContext: 'message',
        context: { theme: 'default' },
        messagePayload: {
          id: '1700000000001',
          body: { contentType: 'html', content: '<p>New canteen &amp; <b>menus</b></p><p>From Monday</p>' },
          from: { user: { id: '29:other', displayName: 'Alex Dupont' } },
        },
      }),
    );
    const dialog = dialogOf(response.body);
    const [opened] = probe.of('test.share.open');
    assert.deepEqual(opened.payload, {
      sourceText: 'New canteen & menus\nFrom Monday',
      sourceAuthor: 'Alex Dupont',
    });
    assert.equal(opened.conversation?.conversationId, '19:dialogs@thread.tacv2');
    assert.equal(inputsOf(dialog.card)['in.question'].value, 'New canteen & menus\nFrom Monday');

    const submitted = await postActivity(
      relais.url,
      invokeActivity(scene(channel), 'composeExtension/submitAction', {
        commandId: 'test.share',
        commandContext: 'message',
        data: submitData(dialog.card, { 'in.question': 'Shared news' }),
      }),
    );
    assert.equal(submitted.status, 200);
    assert.deepEqual(submitted.body, { task: { type: 'message', value: 'Created: Shared news' } });
    assert.deepEqual(probe.of('test.dialog.create')[0].inputs, { question: 'Shared news' });
  });

  it('opens a global (compose) action without a source, whatever the compose box held', async () => {
    const response = await postActivity(
      relais.url,
      invokeActivity(scene(), 'composeExtension/fetchTask', {
        commandId: 'test.new',
        commandContext: 'compose',
        messagePayload: { body: { content: 'ignored' } },
      }),
    );
    dialogOf(response.body);
    assert.deepEqual(probe.of('test.dialog.open')[0].payload, {});
  });

  it('answers a command that returns a dialog with a card whose button opens it', async function () {
    if (!probe.commandWord) this.skip();
    const asked = messageActivity(scene(), probe.commandWord!);
    await postActivity(relais.url, asked);
    await connector.waitFor(() => connector.repliesTo(asked.id).some((r) => r.body?.attachments?.length));
    const answer = cardOf(connector.repliesTo(asked.id).at(-1));
    const [opener] = submitActionsOf(answer);
    assert.ok(opener, JSON.stringify(answer));
    assert.deepEqual(opener.data.msteams, { type: 'task/fetch' });
    assert.ok(textsOf(answer).includes('New question'));
    const response = await postActivity(
      relais.url,
      invokeActivity(scene(), 'task/fetch', { data: opener.data, context: { theme: 'default' } }),
    );
    assert.equal(dialogOf(response.body).title, 'New question');
  });
});
