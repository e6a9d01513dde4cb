/**
 * Buttons → Adaptive Card actions. Submit buttons become `Action.Execute` (Universal Actions:
 * the invoke's answer is the refreshed card) with `verb` = action id and `data` = { action,
 * payload }; a button that opens a dialog becomes an `Action.Submit` with `msteams.type`
 * `task/fetch` (Universal Actions cannot open one), and inside a dialog every submit button is an
 * `Action.Submit` (dialogs submit through `task/submit`). Link buttons become `Action.OpenUrl`, for
 * web and mailto URLs only. Teams shows at most 6 actions per set (5 elsewhere), so long rows are
 * split into ActionSets of 5.
 */
import { isSafeUrl } from '../../../shared/cards/markdown.js';
import type { CardButton, SubmitButton } from '../../../shared/cards/model.js';
import { assertActionId } from '../../../shared/cards/payload.js';
import { acLiteral, neutraliseTemplates, neutraliseUrl } from './ac-text.js';
import type { AcAction, AcElement, AcExecuteAction, AcSubmitAction, AcSurface } from './ac-types.js';

// Teams displays up to 6; the adaptivecards SDK's default host config (and Outlook) allow 5
export const maxActionsPerSet = 5;
const maxTitleLength = 80;

/** Payload strings are neutralised like all card text; the decoder restores them exactly. */
function neutralisePayload(payload: SubmitButton['payload']): AcExecuteAction['data']['payload'] {
  const out: AcExecuteAction['data']['payload'] = {};
  for (const [key, value] of Object.entries(payload ?? {})) {
    out[neutraliseTemplates(key)] = typeof value === 'string' ? neutraliseTemplates(value) : value;
  }
  return out;
}

export function executeAction(button: SubmitButton): AcExecuteAction {
  assertActionId(button.action);
  const action: AcExecuteAction = {
    type: 'Action.Execute',
    title: acLiteral(button.label, maxTitleLength),
    verb: button.action,
    data: { action: button.action, payload: neutralisePayload(button.payload) },
  };
  if (button.style) action.style = button.style === 'primary' ? 'positive' : 'destructive';
  return action;
}

/** A dialog opener (on a message) or a dialog's own submit button. */
export function dialogSubmitAction(button: SubmitButton, surface: AcSurface): AcSubmitAction {
  const { type: _type, verb: _verb, ...common } = executeAction(button);
  const action: AcSubmitAction = { ...common, type: 'Action.Submit', data: { ...common.data } };
  if (surface === 'message') action.data.msteams = { type: 'task/fetch' };
  return action;
}

/** The action of a submit button on this surface. */
export const submitAction = (button: SubmitButton, surface: AcSurface): AcAction =>
  surface === 'dialog' || button.opensDialog ? dialogSubmitAction(button, surface) : executeAction(button);

export function buttonAction(button: CardButton, surface: AcSurface = 'message'): AcAction | undefined {
  if (button.kind === 'submit') return submitAction(button, surface);
  if (!isSafeUrl(button.url)) return undefined;
  return {
    type: 'Action.OpenUrl',
    title: acLiteral(button.label, maxTitleLength),
    url: neutraliseUrl(button.url),
  };
}

/** One ActionSet per 6 actions; nothing at all when no button survives (unsafe links dropped). */
export function actionSets(buttons: CardButton[], surface: AcSurface = 'message'): AcElement[] {
  const actions = buttons.map((b) => buttonAction(b, surface)).filter((a): a is AcAction => a !== undefined);
  const sets: AcElement[] = [];
  for (let i = 0; i < actions.length; i += maxActionsPerSet) {
    sets.push({ type: 'ActionSet', actions: actions.slice(i, i + maxActionsPerSet) });
  }
  return sets;
}
