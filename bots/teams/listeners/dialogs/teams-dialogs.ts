/**
 * Teams dialogs (task modules), for card buttons and message extensions alike:
 * - `task/fetch` (an Action.Submit marked `task/fetch`): the button's action is dispatched and
 *   its `dialog` shown;
 * - `composeExtension/fetchTask` (an action message extension, commandId = shortcut id): the
 *   shortcut's action is dispatched, with the message's text for message actions;
 * - `task/submit` and `composeExtension/submitAction` (the dialog's Action.Submit): the form's
 *   submit action is dispatched with the input values, once per activity id (a redelivery is
 *   answered "done" without running it again).
 * The answer is the next dialog, the handler's notice, or nothing (the dialog closes); a card the
 * feature wants in the conversation is posted by the feature (request.conversation). A refused
 * submit (`fieldError`) shows the same form again, filled in, with the reasons above it.
 */
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { refillDialog } from '../../../../shared/actions/dialog-refill.js';
import { type ActionResult, type DialogSpec, fieldErrorsOf } from '../../../../shared/actions/dispatcher.js';
import type { ShortcutRequest } from '../../../../shared/actions/shortcuts.js';
import type { Core } from '../../../../shared/core.js';
import { AppError, isAppError } from '../../../../shared/errors/errors.js';
import { type MessageKey, translator } from '../../../../shared/i18n/i18n.js';
import { type TaskResponse, taskClose, taskContinue, taskMessage } from '../../adapter/task-responses.js';
import { decodeExecuteAction } from '../../cards/render-adaptive-card.js';
import { firstDelivery } from '../../turn/invoke-once.js';
import { messageSource } from '../../turn/message-payload.js';
import { conversationTargetOf } from '../../turn/teams-activity-facts.js';
import { turnLocale, turnPerson } from '../../turn/turn-person.js';

/** A shown dialog is kept this long so a refused submit can show it again. */
const DIALOG_TTL_MS = 60 * 60 * 1000;
const dialogKey = (id: string) => `teams:dialog:${id}`;
/** dialog ids are ours (randomUUID); anything else a client sends back is ignored */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface InvokeValue {
  data?: unknown;
  commandId?: unknown;
  commandContext?: unknown;
  messagePayload?: unknown;
}

const refusalKeys: Partial<Record<string, MessageKey>> = {
  forbidden: 'error.forbidden',
  unknown_action: 'error.unknown_action',
  bad_request: 'error.unknown_action',
  not_found: 'error.unknown_action',
};

function requestBase(core: Core, context: TurnContext): ShortcutRequest {
  const actor = turnPerson(context);
  if (!actor) throw new AppError('bad_request', `${context.activity.name} without a person behind it`);
  return {
    actor,
    locale: turnLocale(core, context),
    platform: 'teams',
    conversation: conversationTargetOf(context.activity),
  };
}

/** Shows a dialog, remembered under an id its submit buttons carry back (`data.dialog`). */
async function showDialog(core: Core, dialog: DialogSpec, id: string = randomUUID()): Promise<TaskResponse> {
  const response = taskContinue(dialog, (card) => tagSubmits(card, id));
  await core.kv.set(dialogKey(id), dialog, DIALOG_TTL_MS);
  return response;
}

function tagSubmits(node: unknown, id: string): void {
  if (Array.isArray(node)) {
    for (const item of node) tagSubmits(item, id);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Submit' && record.data && typeof record.data === 'object') {
    (record.data as Record<string, unknown>).dialog = id;
  }
  for (const value of Object.values(record)) tagSubmits(value, id);
}

async function answer(result: ActionResult, core: Core): Promise<TaskResponse> {
  if (result.dialog) return showDialog(core, result.dialog);
  if (result.notice) return taskMessage(result.notice);
  return taskClose();
}

/** Runs one dialog step; every failure becomes an answer Teams can show, never an HTTP error. */
async function step(
  core: Core,
  context: TurnContext,
  run: (base: ShortcutRequest) => Promise<ActionResult>,
  onFieldErrors?: (errors: Record<string, string>) => Promise<TaskResponse | undefined>,
): Promise<TaskResponse> {
  const { activity } = context;
  const t = translator(turnLocale(core, context));
  try {
    return await answer(await run(requestBase(core, context)), core);
  } catch (error) {
    const fields = fieldErrorsOf(error);
    if (fields && onFieldErrors) {
      const again = await onFieldErrors(fields);
      if (again) return again;
    }
    if (isAppError(error) && error.status < 500) {
      core.logger.warn({ err: error, activityId: activity.id, invoke: activity.name }, 'dialog step refused');
      if (error.code === 'validation_failed') return taskMessage(`${t('dialog.invalid')} ${error.message}`);
      return taskMessage(t(refusalKeys[error.code] ?? 'error.generic'));
    }
    core.logger.error({ err: error, activityId: activity.id, invoke: activity.name }, 'dialog step failed');
    return taskMessage(t('error.generic'));
  }
}

const invokeValue = (context: TurnContext): InvokeValue =>
  typeof context.activity.value === 'object' && context.activity.value !== null
    ? (context.activity.value as InvokeValue)
    : {};

/** The action, payload and inputs an Action.Submit sent back in `value.data`. */
function decodeSubmit(value: InvokeValue) {
  if (typeof value.data !== 'object' || value.data === null || Array.isArray(value.data)) {
    throw new AppError('bad_request', 'dialog invoke: data must be an object');
  }
  const data = value.data as Record<string, unknown>;
  return {
    ...decodeExecuteAction({ data }),
    dialogId: typeof data.dialog === 'string' && uuidPattern.test(data.dialog) ? data.dialog : undefined,
  };
}

/** `task/fetch`: a card button that opens a dialog. */
export const taskFetch = (core: Core, context: TurnContext): Promise<TaskResponse> =>
  step(core, context, (base) => {
    const { action, payload, inputs } = decodeSubmit(invokeValue(context));
    return core.dispatcher.dispatch({ ...base, action, payload, inputs });
  });

/** `task/submit` and `composeExtension/submitAction`: a dialog's form sent. */
export function dialogSubmit(core: Core, context: TurnContext): Promise<TaskResponse> {
  let submitted: ReturnType<typeof decodeSubmit> | undefined;
  return step(
    core,
    context,
    async (base) => {
      submitted = decodeSubmit(invokeValue(context));
      if (!(await firstDelivery(core.once, context.activity))) {
        // a redelivery of a form already handled (a poll created, a news shared): not again
        core.logger.info(
          { activityId: context.activity.id },
          'redelivered Teams dialog submit: not run again',
        );
        return { notice: translator(base.locale)('teams.action.done') };
      }
      const { action, payload, inputs } = submitted;
      return core.dispatcher.dispatch({ ...base, action, payload, inputs });
    },
    async (errors) => {
      if (!submitted?.dialogId) return undefined;
      const shown = (await core.kv.get(dialogKey(submitted.dialogId))) as DialogSpec | undefined;
      if (!shown) return undefined;
      const t = translator(turnLocale(core, context));
      return showDialog(
        core,
        refillDialog(shown, submitted.inputs, errors, t('dialog.invalid')),
        submitted.dialogId,
      );
    },
  );
}

/** `composeExtension/fetchTask`: an action message extension, named by its shortcut id. */
export const messageExtensionFetchTask = (core: Core, context: TurnContext): Promise<TaskResponse> =>
  step(core, context, (base) => {
    const value = invokeValue(context);
    if (typeof value.commandId !== 'string') throw new AppError('bad_request', 'fetchTask without commandId');
    const source = value.commandContext === 'message' ? messageSource(value.messagePayload) : {};
    return core.shortcuts.open(value.commandId, base, source);
  });
