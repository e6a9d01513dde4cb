/**
 * The core's dialog contracts: the shortcut registry (one action per id, the message source only
 * for message shortcuts, unknown ids refused), commands that answer with a dialog (an "Open"
 * button where none can open at once, the dialog itself where one can, and the button's action
 * that re-runs the command), and field errors.
 */
import assert from 'node:assert/strict';
import {
  ActionDispatcher,
  type ActionRequest,
  fieldError,
  fieldErrorsOf,
} from '../../../shared/actions/dispatcher.js';
import { maxSourceTextLength, ShortcutRegistry } from '../../../shared/actions/shortcuts.js';
import { card } from '../../../shared/cards/model.js';
import { registerCommandDialogs } from '../../../shared/commands/command-dialogs.js';
import { CommandRouter, commandDialogAction } from '../../../shared/commands/commands.js';
import { AppError, isAppError } from '../../../shared/errors/errors.js';
import type { EventLog } from '../../../shared/events/event-log.js';
import { translate } from '../../../shared/i18n/i18n.js';
import type { Person } from '../../../shared/people/person.js';

const actor: Person = {
  id: 'p1',
  email: null,
  displayName: 'Camille',
  department: null,
  site: null,
  managerId: null,
  startDate: null,
  locale: null,
  timeZone: null,
  kind: 'member',
  active: true,
  roles: [],
  identities: [],
};
const events: EventLog = { track: async () => {} };
const conversation = {
  kind: 'conversation' as const,
  platform: 'slack' as const,
  tenantId: 'T1',
  conversationId: 'C1',
};
const base = { actor, locale: 'en' as const, platform: 'slack' as const, conversation };
const dialog = { title: 'New poll', card: card('New poll', { type: 'text', text: 'form' }) };

describe('dialogs: shortcut registry', () => {
  it('runs the registered action with the message source for message shortcuts only, cut to size', async () => {
    const dispatcher = new ActionDispatcher();
    const seen: ActionRequest[] = [];
    dispatcher.register('t.open', async (request) => {
      seen.push(request);
      return { dialog };
    });
    const shortcuts = new ShortcutRegistry(dispatcher);
    shortcuts.register({ id: 'news.share', action: 't.open', context: 'message' });
    shortcuts.register({ id: 'poll.create', action: 't.open', context: 'global' });
    const long = 'x'.repeat(maxSourceTextLength + 50);

    assert.deepEqual(await shortcuts.open('news.share', base, { sourceText: long, sourceAuthor: 'Ana' }), {
      dialog,
    });
    assert.deepEqual(seen[0].payload, { sourceText: 'x'.repeat(maxSourceTextLength), sourceAuthor: 'Ana' });
    assert.equal(seen[0].action, 't.open');
    assert.deepEqual(seen[0].conversation, conversation);
    await shortcuts.open('poll.create', base, { sourceText: 'ignored' });
    assert.deepEqual(seen[1].payload, {});
    assert.deepEqual(
      shortcuts.list().map((s) => s.id),
      ['news.share', 'poll.create'],
    );
  });

  it('refuses a second registration, bad ids, and unknown shortcuts', async () => {
    const shortcuts = new ShortcutRegistry(new ActionDispatcher());
    shortcuts.register({ id: 'poll.create', action: 'poll.form', context: 'global' });
    assert.throws(() => shortcuts.register({ id: 'poll.create', action: 'x.y', context: 'global' }), /twice/);
    assert.throws(() => shortcuts.register({ id: 'bad id', action: 'x.y', context: 'global' }), /invalid/);
    assert.throws(() => shortcuts.register({ id: 'ok.id', action: '', context: 'global' }), /invalid/);
    await assert.rejects(
      shortcuts.open('nobody.here', base),
      (e: unknown) => isAppError(e) && e.code === 'unknown_action',
    );
  });
});

describe('dialogs: commands that answer with a dialog', () => {
  const setup = () => {
    const commands = new CommandRouter({ consoleUrl: 'https://relais.example/tabs/', events });
    const dispatcher = new ActionDispatcher();
    registerCommandDialogs(dispatcher, commands);
    return { commands, dispatcher };
  };

  it('gives the dialog where one can open, and an Open button where none can', async () => {
    const { commands, dispatcher } = setup();
    const requests: unknown[] = [];
    commands.register('poll', async (request) => {
      requests.push(request.conversation);
      return { dialog };
    });
    const request = { ...base, text: 'sondage Lunch?' };
    assert.deepEqual(await commands.execute(request), { dialog });

    const opener = await commands.run(request);
    assert.equal(opener.summary, 'New poll');
    const buttons = opener.blocks.find((b) => b.type === 'buttons');
    assert.ok(buttons?.type === 'buttons');
    assert.deepEqual(buttons.buttons[0], {
      kind: 'submit',
      action: commandDialogAction,
      label: translate('en', 'dialog.open'),
      payload: { text: 'sondage Lunch?' },
      style: 'primary',
      opensDialog: true,
    });

    // the button re-runs the command for the clicker and opens its dialog
    const clicked = await dispatcher.dispatch({
      ...base,
      action: commandDialogAction,
      payload: { text: 'sondage Lunch?' },
    });
    assert.deepEqual(clicked, { dialog });
    assert.deepEqual(requests, [conversation, conversation, conversation]);
  });

  it('keeps card handlers working, prefers a card given with the dialog, and refuses an empty answer', async () => {
    const { commands, dispatcher } = setup();
    const plain = card('Quiz', { type: 'text', text: 'quiz' });
    const fallback = card('Survey', { type: 'text', text: 'open it' });
    commands.register('quiz', async () => plain);
    commands.register('survey', async () => ({ card: fallback, dialog }));
    commands.register('groups', async () => ({}));
    assert.deepEqual(await commands.run({ ...base, text: 'quiz' }), plain);
    assert.deepEqual(await commands.execute({ ...base, text: 'quiz' }), { card: plain });
    assert.deepEqual(await commands.run({ ...base, text: 'survey' }), fallback);
    assert.deepEqual(await commands.execute({ ...base, text: 'survey' }), { card: fallback, dialog });
    await assert.rejects(commands.run({ ...base, text: 'groups' }), /neither card nor dialog/);
    assert.equal(commands.has('quiz'), true);
    assert.equal(commands.has('tour'), false);
    // a command that now answers with a card: the button refreshes into that card
    assert.deepEqual(
      await dispatcher.dispatch({ ...base, action: commandDialogAction, payload: { text: 'quiz' } }),
      { card: plain },
    );
    await assert.rejects(
      dispatcher.dispatch({ ...base, action: commandDialogAction, payload: {} }),
      (e: unknown) => isAppError(e) && e.code === 'bad_request',
    );
  });
});

describe('dialogs: field errors', () => {
  it('carries the message per input id, and nothing for other errors', () => {
    const error = fieldError('question', 'Too short');
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.message, 'Too short');
    assert.deepEqual(fieldErrorsOf(error), { question: 'Too short' });
    assert.equal(fieldErrorsOf(new AppError('validation_failed', 'x')), undefined);
    assert.equal(fieldErrorsOf(new AppError('forbidden', 'x', { fields: { a: 'b' } })), undefined);
    assert.equal(fieldErrorsOf(new Error('x')), undefined);
  });
});
