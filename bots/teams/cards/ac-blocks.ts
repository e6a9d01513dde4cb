/**
 * The richer card blocks as Adaptive Card elements: facts, poll-style choice lists with bars,
 * progress, images and form inputs. Every string from the model goes through the escaping
 * helpers of `ac-text.ts`; every length is capped so one block cannot blow the card's budget.
 */

import { barOf, percentOf } from '../../../shared/cards/bars.js';
import { ellipsis } from '../../../shared/cards/fit.js';
import { isSafeImageUrl } from '../../../shared/cards/markdown.js';
import type { CardBlock, CardInput, ChoiceOption } from '../../../shared/cards/model.js';
import { assertInputId } from '../../../shared/cards/payload.js';
import { submitAction } from './ac-actions.js';
import { acLiteral, acPlain, acValue, neutraliseUrl } from './ac-text.js';
import type { AcElement, AcSurface } from './ac-types.js';

type BlockOf<T extends CardBlock['type']> = Extract<CardBlock, { type: T }>;

export const maxLabelLength = 300;
const maxChoiceOptions = 100;
const compactAbove = 12;

export function imageElement(block: BlockOf<'image'>): AcElement {
  if (!isSafeImageUrl(block.url)) {
    // an unusable URL still tells the reader what was meant to be there
    return { type: 'TextBlock', text: acPlain(block.alt, maxLabelLength), wrap: true, isSubtle: true };
  }
  return { type: 'Image', url: neutraliseUrl(block.url), altText: acLiteral(block.alt, 1000) };
}

export function factSet(block: BlockOf<'facts'>, valueCap: number): AcElement {
  return {
    type: 'FactSet',
    facts: block.facts.map((fact) => ({
      title: acPlain(fact.label, maxLabelLength),
      value: acPlain(fact.value, valueCap),
    })),
  };
}

function choiceRow(option: ChoiceOption, total: number | undefined): AcElement {
  const mark = option.selected ? '✓ ' : '';
  const label: AcElement = {
    type: 'TextBlock',
    text: mark + acPlain(option.label, maxLabelLength),
    wrap: true,
    weight: option.selected ? 'Bolder' : 'Default',
  };
  if (option.count === undefined || total === undefined) return label;
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'stretch', items: [label] },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [
          { type: 'TextBlock', text: barOf(option.count, total), fontType: 'Monospace', color: 'Accent' },
        ],
      },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [
          { type: 'TextBlock', text: `${option.count} (${percentOf(option.count, total)}%)`, isSubtle: true },
        ],
      },
    ],
  };
}

/** One TextBlock per option: for long lists, where a ColumnSet per row would blow the size budget. */
function compactChoiceRow(option: ChoiceOption, total: number | undefined): AcElement {
  const label = (option.selected ? '✓ ' : '') + acPlain(option.label, maxLabelLength);
  const result =
    option.count === undefined || total === undefined
      ? ''
      : `  ${barOf(option.count, total)} ${option.count} (${percentOf(option.count, total)}%)`;
  return {
    type: 'TextBlock',
    text: label + result,
    wrap: true,
    spacing: 'Small',
    weight: option.selected ? 'Bolder' : 'Default',
  };
}

export function choiceList(block: BlockOf<'choices'>): AcElement {
  const counted = block.options.every((o) => o.count !== undefined);
  const total = counted
    ? (block.total ?? block.options.reduce((sum, o) => sum + (o.count ?? 0), 0))
    : undefined;
  const row = block.options.length > compactAbove ? compactChoiceRow : choiceRow;
  return {
    type: 'Container',
    items: [
      ...block.options.slice(0, maxChoiceOptions).map((option) => row(option, total)),
      ...(block.options.length > maxChoiceOptions
        ? [{ type: 'TextBlock', text: ellipsis, isSubtle: true }]
        : []),
    ],
  };
}

export function progressElement(block: BlockOf<'progress'>): AcElement {
  const max = Math.max(1, block.max);
  const value = Math.min(Math.max(0, block.value), max);
  return {
    type: 'Container',
    items: [
      {
        type: 'TextBlock',
        text: acPlain(block.label, maxLabelLength),
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
      {
        type: 'TextBlock',
        text: `${barOf(value, max)} ${value}/${max}`,
        fontType: 'Monospace',
        color: 'Accent',
        spacing: 'None',
      },
    ],
  };
}

function inputElement(input: CardInput): AcElement {
  assertInputId(input.id, 'input');
  const common = {
    label: acLiteral(input.label, maxLabelLength),
    isRequired: Boolean(input.required),
    // Teams shows this under a required field left empty; the label is a fine default
    errorMessage: acLiteral(input.errorMessage ?? input.label, maxLabelLength),
  };
  if (input.kind === 'text') {
    const element: AcElement = {
      type: 'Input.Text',
      id: `in.${input.id}`,
      ...common,
      isMultiline: Boolean(input.multiline),
    };
    if (input.placeholder) element.placeholder = acLiteral(input.placeholder, maxLabelLength);
    if (input.maxLength) element.maxLength = input.maxLength;
    if (input.value !== undefined) element.value = acValue(input.value, input.maxLength ?? 5000);
    return element;
  }
  // ids have no commas (checked): Teams joins multi-select values with commas
  for (const option of input.options) assertInputId(option.id, 'choice option');
  const options = input.options.slice(0, maxChoiceOptions);
  const element: AcElement = {
    type: 'Input.ChoiceSet',
    id: `${input.multiple ? 'in[].' : 'in.'}${input.id}`,
    ...common,
    isMultiSelect: Boolean(input.multiple),
    style: options.length <= 10 ? 'expanded' : 'compact',
    choices: options.map((option) => ({ title: acLiteral(option.label, maxLabelLength), value: option.id })),
  };
  if (input.value?.length) element.value = input.value.join(',');
  return element;
}

export function inputElements(block: BlockOf<'inputs'>, surface: AcSurface = 'message'): AcElement[] {
  return [
    ...block.inputs.map(inputElement),
    { type: 'ActionSet', actions: [submitAction(block.submit, surface)] },
  ];
}
