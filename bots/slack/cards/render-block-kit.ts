/**
 * Neutral card → Block Kit for Slack messages, the App Home and modals. Pure: same card in, same
 * blocks out. Escapes user text in every `mrkdwn` field, keeps every documented limit, and cuts
 * a card that has more blocks than the surface allows behind a trailing "…" context line.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import { ellipsis, fitText } from '../../../shared/cards/fit.js';
import type { Card, CardBlock } from '../../../shared/cards/model.js';
import { RenderMemo } from '../../../shared/cards/render-memo.js';
import { AppError } from '../../../shared/errors/errors.js';
import { slackLimits as L } from './block-kit-limits.js';
import {
  actionsBlocks,
  choiceBlocks,
  contextBlocks,
  factBlocks,
  imageBlocks,
  newContext,
  progressBlock,
  type RenderContext,
  textBlocks,
} from './slack-blocks.js';
import { inputBlocks } from './slack-inputs.js';
import { literalMrkdwn, plain } from './slack-text.js';

export { decodeBlockAction, isLinkButtonAction } from './block-action.js';
export { decodeInputValues } from './slack-inputs.js';

export type SlackSurface = 'message' | 'modal' | 'home';

export interface BlockKitMessage {
  text: string;
  blocks: KnownBlock[];
}

interface Options {
  surface: SlackSurface;
}

type TextBlock = Extract<CardBlock, { type: 'heading' | 'text' | 'facts' | 'context' }>;

/** Blocks of text, which depend on nothing but themselves (not on the surface or other blocks). */
function textBlockKit(block: TextBlock): KnownBlock[] {
  switch (block.type) {
    case 'heading':
      return [
        { type: 'header', text: { type: 'plain_text', text: plain(block.text, L.headerText), emoji: true } },
      ];
    case 'text':
      return textBlocks(block);
    case 'facts':
      return factBlocks(block);
    case 'context':
      return contextBlocks(block.text);
  }
}

/** Text blocks of the cards being sent: a broadcast renders each once, not once per recipient. */
const renderedText = new RenderMemo<KnownBlock[]>(256);

function blocksOf(block: CardBlock, ctx: RenderContext, { surface }: Options): KnownBlock[] {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'facts':
    case 'context':
      return [...renderedText.get(JSON.stringify(block), () => textBlockKit(block))];
    case 'image':
      return imageBlocks(block);
    case 'choices':
      return choiceBlocks(block);
    case 'progress':
      return [progressBlock(block)];
    case 'buttons':
      return actionsBlocks(block.buttons, ctx);
    case 'inputs':
      // in a modal the view's own submit button sends the form
      return [...inputBlocks(block, ctx), ...(surface === 'modal' ? [] : actionsBlocks([block.submit], ctx))];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

export const maxBlocks = (surface: SlackSurface): number =>
  surface === 'message' ? L.messageBlocks : L.viewBlocks;

const more: KnownBlock = { type: 'context', elements: [{ type: 'plain_text', text: ellipsis }] };
const byteLength = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Over the block count (or, for views, the 250 kB payload size): keep the longest prefix that
 * fits and say that something was left out.
 */
function capBlocks(blocks: KnownBlock[], max: number, maxBytes = Number.POSITIVE_INFINITY): KnownBlock[] {
  if (blocks.length <= max && byteLength(blocks) <= maxBytes) return blocks;
  let lo = 0;
  let hi = Math.min(blocks.length, max - 1);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (byteLength([...blocks.slice(0, mid), more]) <= maxBytes) lo = mid;
    else hi = mid - 1;
  }
  return [...blocks.slice(0, lo), more];
}

/** Room left for the view's other fields (title, metadata…) within Slack's 250 kB. */
const viewBlockBytes = L.viewBytes - 10_000;

function renderBlocks(card: Card, ctx: RenderContext, options: Options): KnownBlock[] {
  return card.blocks.flatMap((block) => blocksOf(block, ctx, options));
}

/** The notification / fallback text: the card's (plain) summary, escaped as literal text, short. */
export const fallbackText = (card: Card): string => fitText(card.summary, literalMrkdwn, L.fallbackText);

export function renderBlockKit(card: Card, surface: SlackSurface = 'message'): BlockKitMessage {
  const blocks = renderBlocks(card, newContext(), { surface });
  const maxBytes = surface === 'message' ? undefined : viewBlockBytes;
  return { text: fallbackText(card), blocks: capBlocks(blocks, maxBlocks(surface), maxBytes) };
}

export interface HomeView {
  type: 'home';
  blocks: KnownBlock[];
}

/** The App Home: an optional header, then each card, divided. */
export function renderHomeView(cards: Card[], header?: string): HomeView {
  const ctx = newContext();
  const blocks: KnownBlock[] = header
    ? [{ type: 'header', text: { type: 'plain_text', text: plain(header, L.headerText), emoji: true } }]
    : [];
  cards.forEach((card, index) => {
    if (index > 0) blocks.push({ type: 'divider' });
    blocks.push(...renderBlocks(card, ctx, { surface: 'home' }));
  });
  return { type: 'home', blocks: capBlocks(blocks, L.viewBlocks, viewBlockBytes) };
}

export interface ModalOptions {
  callbackId: string;
  title: string;
  /** the submit button's label; required by Slack when the modal holds inputs */
  submitLabel?: string;
  closeLabel?: string;
  /** defaults to the form's submit action as `{"action","payload"}` JSON */
  privateMetadata?: string;
}

const viewText = (text: string) => ({
  type: 'plain_text' as const,
  text: plain(text, L.viewTitle),
  emoji: true,
});

export function renderModal(card: Card, options: ModalOptions): ModalView {
  const form = card.blocks.find((b): b is Extract<CardBlock, { type: 'inputs' }> => b.type === 'inputs');
  const metadata =
    options.privateMetadata ??
    (form ? JSON.stringify({ action: form.submit.action, payload: form.submit.payload ?? {} }) : '');
  // cutting metadata would corrupt it: too long is a bug in the caller
  if (metadata.length > L.privateMetadata)
    throw new AppError('internal', 'modal private_metadata exceeds 3000 characters');
  if (options.callbackId.length > L.actionId)
    throw new AppError('internal', 'modal callback_id exceeds 255 characters');
  if (form && !options.submitLabel)
    throw new AppError('internal', 'a modal with inputs needs a submit label');
  const view: ModalView = {
    type: 'modal',
    callback_id: options.callbackId,
    title: viewText(options.title),
    blocks: capBlocks(renderBlocks(card, newContext(), { surface: 'modal' }), L.viewBlocks, viewBlockBytes),
  };
  if (options.submitLabel) view.submit = viewText(options.submitLabel);
  if (options.closeLabel) view.close = viewText(options.closeLabel);
  if (metadata) view.private_metadata = metadata;
  return view;
}
