/**
 * Neutral card → Adaptive Card 1.5 JSON for Teams (Universal Actions). Pure: same card in, same
 * JSON out. Enforces Teams' message size (≈ 28 KB for the whole activity) by shortening long
 * texts first and then dropping trailing blocks behind a visible "…", so the card stays valid.
 */
import { ellipsis } from '../../../shared/cards/fit.js';
import type { Card, CardBlock } from '../../../shared/cards/model.js';
import { RenderMemo } from '../../../shared/cards/render-memo.js';
import { AppError } from '../../../shared/errors/errors.js';
import { actionSets, executeAction } from './ac-actions.js';
import {
  choiceList,
  factSet,
  imageElement,
  inputElements,
  maxLabelLength,
  progressElement,
} from './ac-blocks.js';
import { acLiteral, acMarkdown, acPlain } from './ac-text.js';
import type { AcElement, AcSurface, AdaptiveCardJson } from './ac-types.js';

export type { AcSurface, AdaptiveCardInvokeResponse, AdaptiveCardJson, ExecuteData } from './ac-types.js';
export { adaptiveCardInvokeResponse, decodeExecuteAction } from './execute-action.js';

/** Bytes of card JSON we allow, leaving room for the activity envelope within Teams' ~28 KB. */
export const teamsCardBudgetBytes = 24_000;
/** Successive caps on long texts (characters) tried until the card fits the budget. */
const textCaps = [5000, 2500, 1200, 600, 300];

const headingLength = 300;

type TextBlock = Extract<CardBlock, { type: 'heading' | 'text' | 'facts' | 'context' }>;

/** Blocks of text, which depend on nothing but themselves and the text cap. */
function textElements(block: TextBlock, textCap: number): AcElement[] {
  switch (block.type) {
    case 'heading':
      return [
        {
          type: 'TextBlock',
          text: acPlain(block.text, headingLength),
          size: 'Large',
          weight: 'Bolder',
          wrap: true,
        },
      ];
    case 'text': {
      const element: AcElement = { type: 'TextBlock', text: acMarkdown(block.text, textCap), wrap: true };
      if (block.subtle) element.isSubtle = true;
      return [element];
    }
    case 'facts':
      return block.facts.length ? [factSet(block, Math.min(textCap, 2000))] : [];
    case 'context':
      return [
        {
          type: 'TextBlock',
          text: acMarkdown(block.text, Math.min(textCap, 1000)),
          size: 'Small',
          isSubtle: true,
          wrap: true,
        },
      ];
  }
}

/** Text blocks of the cards being sent: a broadcast renders each once, not once per recipient. */
const renderedText = new RenderMemo<AcElement[]>(256);

function blockElements(block: CardBlock, textCap: number, surface: AcSurface): AcElement[] {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'facts':
    case 'context':
      return [...renderedText.get(`${textCap}:${JSON.stringify(block)}`, () => textElements(block, textCap))];
    case 'image':
      return [imageElement(block)];
    case 'choices':
      return block.options.length ? [choiceList(block)] : [];
    case 'progress':
      return [progressElement(block)];
    case 'buttons':
      return actionSets(block.buttons, surface);
    case 'inputs':
      return inputElements(block, surface);
    case 'divider':
      return [];
  }
}

function body(blocks: CardBlock[], textCap: number, surface: AcSurface): AcElement[] {
  const out: AcElement[] = [];
  let separateNext = false;
  for (const block of blocks) {
    if (block.type === 'divider') {
      separateNext = out.length > 0;
      continue;
    }
    const elements = blockElements(block, textCap, surface);
    if (separateNext && elements.length) {
      elements[0] = { ...elements[0], separator: true, spacing: 'Medium' };
      separateNext = false;
    }
    out.push(...elements);
  }
  return out;
}

function assertUniqueInputIds(blocks: CardBlock[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.type !== 'inputs') continue;
    for (const input of block.inputs) {
      if (seen.has(input.id)) throw new AppError('internal', `duplicate card input id "${input.id}"`);
      seen.add(input.id);
    }
  }
}

const envelope = (
  summary: string,
  elements: AcElement[],
  refresh?: AdaptiveCardJson['refresh'],
): AdaptiveCardJson => ({
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  type: 'AdaptiveCard',
  version: '1.5',
  msteams: { width: 'Full' },
  fallbackText: acLiteral(summary, maxLabelLength),
  body: elements,
  ...(refresh ? { refresh } : {}),
});

/** Teams refreshes a card per viewer for at most 60 listed users (or everyone in small chats). */
export const maxRefreshUsers = 60;

function refreshOf(card: Card, surface: AcSurface): AdaptiveCardJson['refresh'] {
  if (!card.refresh || surface !== 'message') return undefined;
  const action = executeAction({ kind: 'submit', label: 'refresh', ...card.refresh });
  const userIds = card.refresh.userIds?.slice(0, maxRefreshUsers);
  return { action, ...(userIds ? { userIds } : {}) };
}

const byteLength = (json: unknown): number => new TextEncoder().encode(JSON.stringify(json)).length;

/**
 * `surface` 'dialog' renders for a Teams dialog (task module): its buttons submit the dialog
 * (Action.Submit) instead of refreshing a message (Action.Execute).
 */
export function renderAdaptiveCard(card: Card, surface: AcSurface = 'message'): AdaptiveCardJson {
  assertUniqueInputIds(card.blocks);
  const refresh = refreshOf(card, surface);
  for (const cap of textCaps) {
    const json = envelope(card.summary, body(card.blocks, cap, surface), refresh);
    if (byteLength(json) <= teamsCardBudgetBytes) return json;
  }
  // Still too large: many blocks. Keep the longest prefix that fits, and say something is missing.
  const cap = textCaps.at(-1)!;
  const more: AcElement = { type: 'TextBlock', text: ellipsis, isSubtle: true, wrap: true };
  let lo = 0;
  let hi = card.blocks.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const json = envelope(card.summary, [...body(card.blocks.slice(0, mid), cap, surface), more], refresh);
    if (byteLength(json) <= teamsCardBudgetBytes) lo = mid;
    else hi = mid - 1;
  }
  return envelope(card.summary, [...body(card.blocks.slice(0, lo), cap, surface), more], refresh);
}
