/**
 * Form inputs → Block Kit `input` blocks (modals first; messages and Home also accept them, and
 * a button click then carries `state.values`). Each input gets `block_id` `in.<id>` and element
 * `action_id` `value`, which `decodeInputValues` reads back. Choice lists become radio buttons or
 * checkboxes up to 10 options, a (multi) static select up to 100, and are cut beyond.
 */
import type { InputBlock, InputBlockElement, PlainTextOption } from '@slack/types';
import type { CardInput } from '../../../shared/cards/model.js';
import { assertInputId } from '../../../shared/cards/payload.js';
import { AppError } from '../../../shared/errors/errors.js';
import { slackLimits as L } from './block-kit-limits.js';
import type { BlockOf, RenderContext } from './slack-blocks.js';
import { plain } from './slack-text.js';

export const inputBlockPrefix = 'in.';
export const inputActionId = 'value';

const plainText = (text: string, max: number) => ({
  type: 'plain_text' as const,
  text: plain(text, max),
  emoji: true,
});

function element(input: CardInput): InputBlockElement {
  if (input.kind === 'text') {
    const maxLength = Math.min(input.maxLength ?? L.plainTextInput, L.plainTextInput);
    return {
      type: 'plain_text_input',
      action_id: inputActionId,
      multiline: Boolean(input.multiline),
      max_length: maxLength,
      ...(input.placeholder ? { placeholder: plainText(input.placeholder, L.placeholder) } : {}),
      ...(input.value ? { initial_value: input.value.slice(0, maxLength) } : {}),
    };
  }
  const options: PlainTextOption[] = input.options.slice(0, L.staticSelectOptions).map((option) => {
    assertInputId(option.id, 'choice option');
    return { text: plainText(option.label, L.optionText), value: option.id };
  });
  const initial = options.filter((o) => input.value?.includes(o.value!));
  const small = options.length <= L.radioOptions;
  if (input.multiple) {
    const initialOptions = initial.length ? { initial_options: initial } : {};
    return small
      ? { type: 'checkboxes', action_id: inputActionId, options, ...initialOptions }
      : { type: 'multi_static_select', action_id: inputActionId, options, ...initialOptions };
  }
  const initialOption = initial.length ? { initial_option: initial[0] } : {};
  return small
    ? { type: 'radio_buttons', action_id: inputActionId, options, ...initialOption }
    : { type: 'static_select', action_id: inputActionId, options, ...initialOption };
}

export function inputBlocks(block: BlockOf<'inputs'>, ctx: RenderContext): InputBlock[] {
  return block.inputs.map((input) => {
    assertInputId(input.id, 'input');
    const blockId = inputBlockPrefix + input.id;
    if (ctx.blockIds.has(blockId)) throw new AppError('internal', `duplicate card input id "${input.id}"`);
    ctx.blockIds.add(blockId);
    return {
      type: 'input',
      block_id: blockId,
      label: plainText(input.label, L.inputLabel),
      optional: !input.required,
      element: element(input),
    };
  });
}

type StateValue = {
  type?: string;
  value?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: { value?: string }[];
};

/**
 * `view.state.values` (modal submission) or `state.values` (block_actions) → input values by the
 * card's input ids. Blocks that are not card inputs are ignored; malformed entries are refused.
 */
export function decodeInputValues(values: unknown): Record<string, string | string[]> {
  if (values === undefined) return {};
  if (typeof values !== 'object' || values === null)
    throw new AppError('bad_request', 'state.values must be an object');
  const out: Record<string, string | string[]> = {};
  for (const [blockId, actions] of Object.entries(values as Record<string, Record<string, StateValue>>)) {
    if (!blockId.startsWith(inputBlockPrefix)) continue;
    const id = blockId.slice(inputBlockPrefix.length);
    const state = actions?.[inputActionId];
    if (typeof state !== 'object' || state === null || id === '__proto__') {
      throw new AppError('bad_request', `state.values.${blockId.slice(0, 80)} is malformed`);
    }
    if (Array.isArray(state.selected_options)) {
      out[id] = state.selected_options.map((o) => String(o?.value ?? ''));
    } else if (state.selected_option !== undefined) {
      out[id] = state.selected_option ? String(state.selected_option.value ?? '') : '';
    } else {
      out[id] = typeof state.value === 'string' ? state.value : '';
    }
  }
  return out;
}
