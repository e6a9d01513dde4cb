/**
 * The renderer side of dialogs: Teams buttons that open a dialog (Action.Submit task/fetch) and
 * cards rendered inside a dialog (Action.Submit, no fetch), both accepted by the official
 * adaptivecards parser and decoded back intact; the task module envelope; the Slack modal of a
 * dialog and its metadata; a refused form shown again; message text handed to shortcuts.
 */
import assert from 'node:assert/strict';
import {
  decodeDialogMetadata,
  dialogModal,
  modalFieldErrors,
} from '../../../bots/slack/cards/dialog-modal.js';
import { slackMessageToPlain } from '../../../bots/slack/listeners/shortcuts/index.js';
import { taskContinue } from '../../../bots/teams/adapter/task-responses.js';
import { decodeExecuteAction, renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { htmlToPlain, messageSource } from '../../../bots/teams/turn/message-payload.js';
import { refillDialog } from '../../../shared/actions/dialog-refill.js';
import type { DialogSpec } from '../../../shared/actions/dispatcher.js';
import { type Card, card } from '../../../shared/cards/model.js';
import { isAppError } from '../../../shared/errors/errors.js';
import { validateWithSdk } from '../cards/ac-validate.js';
import { fixtures, nasty } from '../cards/fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON
type Json = Record<string, any>;

function actionsOf(node: unknown, type: string): Json[] {
  if (Array.isArray(node)) return node.flatMap((n) => actionsOf(n, type));
  if (!node || typeof node !== 'object') return [];
  const self = (node as Json).type === type ? [node as Json] : [];
  return [...self, ...Object.values(node).flatMap((n) => actionsOf(n, type))];
}

const assertParses = (json: unknown) => assert.deepEqual(validateWithSdk(json).events, []);

const form: Card = card(
  'Form',
  {
    type: 'buttons',
    buttons: [
      {
        kind: 'submit',
        action: 'poll.create',
        label: 'Create a poll',
        payload: { scope: nasty },
        opensDialog: true,
      },
      { kind: 'submit', action: 'poll.vote', label: 'Vote', payload: { option: 'a' } },
    ],
  },
  {
    type: 'inputs',
    inputs: [
      { kind: 'text', id: 'question', label: 'Question', required: true },
      { kind: 'choice', id: 'days', label: 'Days', multiple: true, options: [{ id: 'mon', label: 'Mon' }] },
    ],
    submit: { kind: 'submit', action: 'poll.save', label: 'Save', payload: { draft: true } },
  },
);

describe('dialogs: Teams rendering', () => {
  it('renders an opensDialog button as Action.Submit task/fetch and leaves the others Action.Execute', () => {
    const json = renderAdaptiveCard(form);
    assertParses(json);
    const [opener] = actionsOf(json, 'Action.Submit');
    assert.deepEqual(opener.data.msteams, { type: 'task/fetch' });
    assert.equal(opener.verb, undefined);
    assert.equal(opener.title, 'Create a poll');
    assert.deepEqual(
      actionsOf(json, 'Action.Execute').map((a) => a.verb),
      ['poll.vote', 'poll.save'],
    );
    // what task/fetch sends back decodes to the button's action and exact payload
    const decoded = decodeExecuteAction({ data: opener.data });
    assert.equal(decoded.action, 'poll.create');
    assert.deepEqual(decoded.payload, { scope: nasty });
  });

  it('renders every button as a plain Action.Submit inside a dialog, inputs merged back by id', () => {
    const json = renderAdaptiveCard(form, 'dialog');
    assertParses(json);
    assert.equal(actionsOf(json, 'Action.Execute').length, 0);
    const submits = actionsOf(json, 'Action.Submit');
    assert.equal(submits.length, 3);
    for (const submit of submits) assert.equal(submit.data.msteams, undefined);
    const save = submits.find((s) => s.data.action === 'poll.save')!;
    const decoded = decodeExecuteAction({
      data: { ...save.data, 'in.question': 'Why?', 'in[].days': 'mon' },
    });
    assert.deepEqual(decoded, {
      action: 'poll.save',
      payload: { draft: true },
      inputs: { question: 'Why?', days: ['mon'] },
    });
  });

  it('renders every fixture card inside a dialog into a card the official parser accepts', () => {
    for (const [name, fixture] of Object.entries(fixtures)) {
      const json = renderAdaptiveCard(fixture, 'dialog');
      assert.deepEqual(validateWithSdk(json).events, [], name);
      assert.equal(actionsOf(json, 'Action.Execute').length, 0, name);
    }
  });

  it('wraps a dialog in a task module continue response: title cut to 64, size, the dialog card', () => {
    const dialog: DialogSpec = { title: `${'Very long title '.repeat(8)}`, card: form, size: 'small' };
    const { task } = taskContinue(dialog);
    assert.equal(task.type, 'continue');
    assert.ok(task.value.title.length <= 64, task.value.title);
    assert.ok(task.value.title.endsWith('…'));
    assert.equal(task.value.height, 'small');
    assert.equal(task.value.width, 'small');
    assert.equal(task.value.card.contentType, 'application/vnd.microsoft.card.adaptive');
    assertParses(task.value.card.content);
    assert.equal(taskContinue({ title: 'T', card: form }).task.value.height, 'medium');
  });

  it('reads the text and author of the message a message action started from', () => {
    assert.equal(
      htmlToPlain(
        '<div><p>Tom &amp; Jerry&nbsp;<b>live</b></p><ul><li>one</li><li>two</li></ul>&#x1F600;&lt;x&gt;</div>',
      ),
      'Tom & Jerry live\n- one\n- two\n😀<x>',
    );
    assert.deepEqual(
      messageSource({
        body: { contentType: 'html', content: 'a<br>b' },
        from: { user: { displayName: 'Ana' } },
      }),
      { sourceText: 'a\nb', sourceAuthor: 'Ana' },
    );
    assert.deepEqual(messageSource({ body: { contentType: 'text', content: ' <b> ' } }), {
      sourceText: '<b>',
    });
    assert.deepEqual(messageSource(undefined), {});
    assert.deepEqual(messageSource({ body: { content: 3 }, from: { user: null } }), {});
  });
});

describe('dialogs: a refused form shown again', () => {
  it('puts the submitted values back, drops unknown choices and lists the reasons with their labels', () => {
    const dialog: DialogSpec = { title: 'T', card: form };
    const again = refillDialog(
      dialog,
      { question: 'Why *not*', days: ['mon', 'sun'] },
      { question: 'Too short', '': 'Also **this**' },
      'Check:',
    );
    const [warning] = again.card.blocks;
    assert.equal(warning.type, 'text');
    assert.match(
      (warning as { text: string }).text,
      /^Check:\n- \*\*Question\*\*: Too short\n- Also \\\*\\\*this\\\*\\\*$/,
    );
    const inputs = again.card.blocks.find((b) => b.type === 'inputs');
    assert.ok(inputs?.type === 'inputs');
    assert.equal(inputs.inputs[0].value, 'Why *not*');
    assert.deepEqual(inputs.inputs[1].value, ['mon']);
    assertParses(renderAdaptiveCard(again.card, 'dialog'));
    // the original is untouched
    const original = form.blocks.find((b) => b.type === 'inputs');
    assert.ok(original?.type === 'inputs' && original.inputs[0].value === undefined);
  });
});

describe('dialogs: Slack modal', () => {
  const dialog: DialogSpec = { title: 'A poll with a title longer than Slack allows', card: form };

  it('labels the submit like the form, and remembers the submit action, payload and channel', () => {
    const view = dialogModal(dialog, 'fr', 'C123');
    assert.equal(view.callback_id, 'relais.dialog');
    assert.equal(view.submit?.text, 'Save');
    assert.equal(view.close?.text, 'Fermer');
    assert.ok(view.title.text.length <= 24);
    const metadata = decodeDialogMetadata(view.private_metadata);
    assert.deepEqual(metadata, { action: 'poll.save', payload: { draft: true }, channelId: 'C123' });
  });

  it('opens a dialog without a form with no submit and nothing to dispatch', () => {
    const view = dialogModal({ title: 'Info', card: card('Info', { type: 'text', text: 'Hello' }) }, 'en');
    assert.equal(view.submit, undefined);
    assert.deepEqual(decodeDialogMetadata(view.private_metadata), { payload: {} });
  });

  it('refuses metadata it did not write', () => {
    for (const raw of [
      undefined,
      '',
      'nope',
      '[]',
      '{"action":"bad id!"}',
      '{"action":"a.b","payload":{"x":{}}}',
    ]) {
      assert.throws(
        () => decodeDialogMetadata(raw),
        (e: unknown) => isAppError(e) && e.code === 'bad_request',
        String(raw),
      );
    }
  });

  it('puts field errors on their input block, unknown fields on the first input', () => {
    const view = dialogModal(dialog, 'en');
    assert.deepEqual(modalFieldErrors(view, { days: 'Pick one', ghost: 'Wrong' }), {
      'in.days': 'Pick one',
      'in.question': 'Wrong',
    });
  });

  it('turns message-shortcut text into plain text', () => {
    assert.equal(
      slackMessageToPlain('A &amp; B <https://x.example/a?b=1&amp;c=2|the menu> <mailto:a@b.example> &lt;3'),
      'A & B the menu (https://x.example/a?b=1&c=2) mailto:a@b.example <3',
    );
  });
});
