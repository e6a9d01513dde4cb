/**
 * A dialog shown again after its submit was refused: the person's values put back into the form
 * and the refusal written above it. For platforms whose dialogs cannot mark a field themselves
 * (Teams); Slack shows field errors natively (`response_action: 'errors'`).
 */
import { escapeMarkdown } from '../cards/markdown.js';
import type { Card, CardBlock, CardInput } from '../cards/model.js';
import type { DialogSpec } from './dispatcher.js';

function refill(input: CardInput, value: unknown): CardInput {
  if (value === undefined) return input;
  if (input.kind === 'text') return typeof value === 'string' ? { ...input, value } : input;
  const chosen = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const known = new Set(input.options.map((o) => o.id));
  return { ...input, value: chosen.filter((id) => known.has(id)) };
}

/**
 * `inputs`: what the person submitted (by input id); `errors`: message by input id, or under
 * `''` for the form as a whole. `intro` prefixes the list (a translated "Please check the form").
 */
export function refillDialog(
  dialog: DialogSpec,
  inputs: Record<string, unknown>,
  errors: Record<string, string>,
  intro: string,
): DialogSpec {
  const labels = new Map<string, string>();
  const blocks: CardBlock[] = dialog.card.blocks.map((block) => {
    if (block.type !== 'inputs') return block;
    for (const input of block.inputs) labels.set(input.id, input.label);
    return { ...block, inputs: block.inputs.map((input) => refill(input, inputs[input.id])) };
  });
  const lines = Object.entries(errors).map(([id, message]) => {
    const label = labels.get(id);
    return label
      ? `- **${escapeMarkdown(label)}**: ${escapeMarkdown(message)}`
      : `- ${escapeMarkdown(message)}`;
  });
  const warning: CardBlock = { type: 'text', text: `${escapeMarkdown(intro)}\n${lines.join('\n')}` };
  const card: Card = { ...dialog.card, blocks: [warning, ...blocks] };
  return { ...dialog, card };
}
