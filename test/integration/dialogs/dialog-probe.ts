/**
 * Test-only dialog actions and shortcuts, registered on a running Relais's core, with a log of
 * every request they received. One form (a required text and a multi-choice), a second page, a
 * field refusal, and a card posted into the conversation the dialog came from, the way features
 * do it.
 */
import type { ActionRequest, DialogSpec } from '../../../shared/actions/dispatcher.js';
import { fieldError } from '../../../shared/actions/dispatcher.js';
import { card } from '../../../shared/cards/model.js';
import { type CommandName, commandNames } from '../../../shared/commands/commands.js';
import type { Core } from '../../../shared/core.js';
import type { ConversationTarget } from '../../../shared/messaging/messenger.js';

export const TOO_SHORT = 'Too short: say more';

export const formDialog = (question = ''): DialogSpec => ({
  title: 'New question',
  size: 'large',
  card: card(
    'New question',
    { type: 'text', text: 'Ask **anything**' },
    {
      type: 'inputs',
      inputs: [
        { kind: 'text', id: 'question', label: 'Question', required: true, value: question || undefined },
        {
          kind: 'choice',
          id: 'colours',
          label: 'Colours',
          multiple: true,
          options: [
            { id: 'red', label: 'Red' },
            { id: 'blue', label: 'Blue' },
          ],
        },
      ],
      submit: { kind: 'submit', action: 'test.dialog.create', label: 'Create', payload: { origin: 'probe' } },
    },
  ),
});

const secondPage: DialogSpec = {
  title: 'Step 2',
  card: card('Step 2', {
    type: 'inputs',
    inputs: [{ kind: 'text', id: 'note', label: 'Note' }],
    submit: { kind: 'submit', action: 'test.dialog.finish', label: 'Finish' },
  }),
};

export interface DialogProbe {
  requests: ActionRequest[];
  /** the requests one action received */
  of(action: string): ActionRequest[];
  /** a command word no feature registered, answered here with the form dialog */
  commandWord?: CommandName;
}

export function registerDialogProbe(core: Core): DialogProbe {
  const requests: ActionRequest[] = [];
  const log = (request: ActionRequest) => {
    requests.push(request);
  };
  core.dispatcher.register('test.dialog.open', async (request) => {
    log(request);
    return { dialog: formDialog() };
  });
  core.dispatcher.register('test.share.open', async (request) => {
    log(request);
    const text = typeof request.payload.sourceText === 'string' ? request.payload.sourceText : '';
    return { dialog: formDialog(text) };
  });
  core.dispatcher.register('test.dialog.create', async (request) => {
    log(request);
    const question = String(request.inputs?.question ?? '');
    if (question.length < 3) throw fieldError('question', TOO_SHORT);
    if (question === 'more') return { dialog: secondPage };
    if (request.conversation) {
      // how a feature posts its result where the dialog was opened
      const messenger = core.messengers.get(request.conversation.platform);
      await messenger?.send(
        request.conversation as ConversationTarget,
        card(`Posted: ${question}`, {
          type: 'text',
          text: `Posted: ${question}`,
        }),
        { locale: request.locale },
      );
    }
    return { notice: `Created: ${question}` };
  });
  core.dispatcher.register('test.dialog.finish', async (request) => {
    log(request);
    return { notice: 'Finished' };
  });
  core.shortcuts.register({ id: 'test.new', action: 'test.dialog.open', context: 'global' });
  core.shortcuts.register({ id: 'test.share', action: 'test.share.open', context: 'message' });

  const commandWord = commandNames.find((name) => !core.commands.has(name));
  if (commandWord) core.commands.register(commandWord, async () => ({ dialog: formDialog() }));
  return { requests, of: (action) => requests.filter((r) => r.action === action), commandWord };
}
