/**
 * Neutral card blocks → Block Kit blocks. Each function returns the blocks for one card block;
 * `RenderContext` carries what must be unique across a whole message or view (button action ids,
 * block ids).
 */
import type { ActionsBlock, Button, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import { barOf, percentOf } from '../../../shared/cards/bars.js';
import { isSafeImageUrl, isSafeUrl, parseMarkdown } from '../../../shared/cards/markdown.js';
import type { CardBlock, CardButton, ChoiceOption } from '../../../shared/cards/model.js';
import { assertActionId } from '../../../shared/cards/payload.js';
import { AppError } from '../../../shared/errors/errors.js';
import { slackLimits as L } from './block-kit-limits.js';
import { mrkdwnChunks, mrkdwnLiteral, oneLine, plain } from './slack-text.js';

export type BlockOf<T extends CardBlock['type']> = Extract<CardBlock, { type: T }>;

export interface RenderContext {
  /** running index that makes every button's action_id unique in the message or view */
  buttonIndex: number;
  blockIds: Set<string>;
}

export const newContext = (): RenderContext => ({ buttonIndex: 0, blockIds: new Set() });

/** Link buttons also fire `block_actions`; their action ids are recognisable and never dispatched. */
export const linkActionPrefix = '~link:';

export const textBlocks = (block: BlockOf<'text'>): KnownBlock[] =>
  mrkdwnChunks(
    parseMarkdown(block.text),
    block.subtle ? L.contextText : L.sectionText,
    L.sectionsPerText,
  ).map((text) =>
    block.subtle
      ? { type: 'context', elements: [{ type: 'mrkdwn', text }] }
      : { type: 'section', text: { type: 'mrkdwn', text } },
  );

export function contextBlocks(text: string): ContextBlock[] {
  const first = mrkdwnChunks(parseMarkdown(text), L.contextText)[0];
  return first ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: first }] }] : [];
}

export function imageBlocks(block: BlockOf<'image'>): KnownBlock[] {
  if (!isSafeImageUrl(block.url)) {
    return [{ type: 'context', elements: [{ type: 'plain_text', text: plain(block.alt, L.contextText) }] }];
  }
  return [{ type: 'image', image_url: block.url, alt_text: plain(block.alt, L.imageAlt) }];
}

export function factBlocks(block: BlockOf<'facts'>): SectionBlock[] {
  const sections: SectionBlock[] = [];
  for (let i = 0; i < block.facts.length; i += L.sectionFields) {
    sections.push({
      type: 'section',
      fields: block.facts.slice(i, i + L.sectionFields).map((fact) => {
        const label = `*${mrkdwnLiteral(oneLine(fact.label), 200)}*\n`;
        return { type: 'mrkdwn', text: label + mrkdwnLiteral(fact.value, L.fieldText - label.length) };
      }),
    });
  }
  return sections;
}

function choiceLine(option: ChoiceOption, total: number | undefined): string {
  const label = mrkdwnLiteral(oneLine(option.label), 300);
  const name = option.selected ? `✓ *${label}*` : label;
  if (option.count === undefined || total === undefined) return name;
  return `${name}\n\`${barOf(option.count, total)}\` ${option.count} (${percentOf(option.count, total)}%)`;
}

/** Options are packed into as few sections as the 3000-character limit allows. */
export function choiceBlocks(block: BlockOf<'choices'>): SectionBlock[] {
  const counted = block.options.length > 0 && block.options.every((o) => o.count !== undefined);
  const total = counted
    ? (block.total ?? block.options.reduce((sum, o) => sum + (o.count ?? 0), 0))
    : undefined;
  const sections: SectionBlock[] = [];
  let text = '';
  for (const line of block.options.map((option) => choiceLine(option, total))) {
    if (text && text.length + 1 + line.length > L.sectionText) {
      sections.push({ type: 'section', text: { type: 'mrkdwn', text } });
      text = '';
    }
    text = text ? `${text}\n${line}` : line;
  }
  if (text) sections.push({ type: 'section', text: { type: 'mrkdwn', text } });
  return sections;
}

export function progressBlock(block: BlockOf<'progress'>): ContextBlock {
  const max = Math.max(1, block.max);
  const value = Math.min(Math.max(0, block.value), max);
  const label = mrkdwnLiteral(oneLine(block.label), 300);
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: `${label}  \`${barOf(value, max)}\` ${value}/${max}` }],
  };
}

export function button(item: CardButton, ctx: RenderContext): Button | undefined {
  const index = ctx.buttonIndex++;
  const text = { type: 'plain_text' as const, text: plain(item.label, L.buttonText), emoji: true };
  if (item.kind === 'link') {
    if (!isSafeUrl(item.url) || item.url.length > L.buttonUrl) return undefined;
    return { type: 'button', text, url: item.url, action_id: `${linkActionPrefix}${index}` };
  }
  assertActionId(item.action);
  const element: Button = { type: 'button', text, action_id: `${item.action}:${index}` };
  if (item.payload && Object.keys(item.payload).length) {
    element.value = JSON.stringify(item.payload);
    if (element.value.length > L.buttonValue) {
      throw new AppError(
        'internal',
        `payload of button "${item.action}" exceeds ${L.buttonValue} characters`,
      );
    }
  }
  if (item.style) element.style = item.style;
  return element;
}

export function actionsBlocks(buttons: CardButton[], ctx: RenderContext): ActionsBlock[] {
  const elements = buttons.map((b) => button(b, ctx)).filter((b): b is Button => b !== undefined);
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += L.actionsElements) {
    blocks.push({ type: 'actions', elements: elements.slice(i, i + L.actionsElements) });
  }
  return blocks;
}
