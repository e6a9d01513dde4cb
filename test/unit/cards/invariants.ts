/**
 * What must hold for every card we render, whatever its content: the official SDK accepts the
 * Adaptive Card, no template or text-function opener survives, user text cannot become markup,
 * and the Block Kit output passes the limit checker with no Slack control sequence left in mrkdwn.
 */
import assert from 'node:assert/strict';
import type { AdaptiveCardJson } from '../../../bots/teams/cards/render-adaptive-card.js';
import { teamsCardBudgetBytes } from '../../../bots/teams/cards/render-adaptive-card.js';
import { type BlockKitSurface, checkBlockKit } from '../../harness/block-kit-limits.js';
import { validateWithSdk } from './ac-validate.js';

type Json = unknown;

/** Characters of `text` that are not escaped by a backslash. */
export function rawChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else out += text[i];
  }
  return out;
}

function walk(value: Json, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const item of Object.values(value)) walk(item, visit);
  }
}

/** Strings Teams runs through markdown: TextBlock texts and fact titles/values. */
export function acMarkdownFields(card: AdaptiveCardJson): { text: string; plain: boolean }[] {
  const fields: { text: string; plain: boolean }[] = [];
  walk(card.body, (node) => {
    if (node.type === 'TextBlock') fields.push({ text: String(node.text), plain: node.size === 'Large' });
    if (node.type === 'FactSet') {
      for (const fact of node.facts as { title: string; value: string }[]) {
        fields.push({ text: fact.title, plain: true }, { text: fact.value, plain: true });
      }
    }
  });
  return fields;
}

const ourLink = /\[[^\]]*\]\((https?:\/\/|mailto:)[^()\s]+\)/g;

export function assertAdaptiveCardOk(card: AdaptiveCardJson): void {
  const { events, reserialised } = validateWithSdk(card);
  assert.deepEqual(events, [], 'the adaptivecards SDK reported problems');
  assert.equal(card.version, '1.5');
  assert.deepEqual(JSON.parse(JSON.stringify(card)), card, 'card JSON does not round-trip');
  const ourTypes = card.body.map((element) => element.type);
  const sdkTypes = ((reserialised.body as { type: string }[] | undefined) ?? []).map(
    (element) => element.type,
  );
  assert.deepEqual(sdkTypes, ourTypes, 'the SDK did not understand every body element');
  const text = JSON.stringify(card);
  assert.ok(!text.includes('${'), 'a ${ template opener survived');
  assert.ok(!text.includes('{{'), 'a {{ text-function opener survived');
  assert.ok(new TextEncoder().encode(text).length <= teamsCardBudgetBytes, 'card exceeds the Teams budget');
  for (const field of acMarkdownFields(card)) {
    const raw = rawChars(field.text);
    assert.doesNotMatch(raw, /[<>`~]/, `raw markup character in ${JSON.stringify(field.text).slice(0, 200)}`);
    if (field.plain)
      assert.doesNotMatch(raw, /[*_[\]]/, `markup in a plain field: ${field.text.slice(0, 200)}`);
    else
      assert.doesNotMatch(
        raw.replace(ourLink, ''),
        /[[\]]/,
        `unexpected link syntax: ${field.text.slice(0, 200)}`,
      );
  }
}

/** Every mrkdwn string of a Block Kit payload, the fallback text included. */
export function mrkdwnStrings(payload: { text?: string; blocks?: readonly unknown[] }): string[] {
  const out = payload.text === undefined ? [] : [payload.text];
  walk(payload.blocks ?? [], (node) => {
    if (node.type === 'mrkdwn') out.push(String(node.text));
  });
  return out;
}

const slackLink = /<(https?:\/\/|mailto:)[^|<>\s]+\|[^<>]*>/g;

/** No `<…>` control sequence except links we built, and every `&` starts an entity. */
export function assertNoSlackControl(text: string): void {
  const rest = text.replace(slackLink, '');
  assert.doesNotMatch(rest, /[<>]/, `unescaped < or > in mrkdwn: ${text.slice(0, 200)}`);
  assert.doesNotMatch(text, /&(?!amp;|lt;|gt;)/, `unescaped & in mrkdwn: ${text.slice(0, 200)}`);
}

export function assertBlockKitOk(
  payload: { text?: string; blocks?: readonly unknown[] },
  surface: BlockKitSurface,
) {
  assert.deepEqual(checkBlockKit(payload, surface), []);
  for (const text of mrkdwnStrings(payload)) assertNoSlackControl(text);
  assert.ok(!JSON.stringify(payload).includes('link_names'));
}

/**
 * A model of where Slack styles mrkdwn emphasis: a marker opens when nothing but the line start,
 * a space or punctuation precedes it and text (not a space, not U+200B) follows it; the same
 * marker closes when text precedes it and no letter or digit follows it. Returns the styled
 * spans found on each line, e.g. `_x_`; URLs and emails are cut out first, as Slack links them
 * whole.
 */
export function slackEmphasisSpans(text: string): string[] {
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const touches = (c: string | undefined) => c !== undefined && c !== '\u200b' && !/\s/.test(c);
  const linked =
    /(?:https?:\/\/|mailto:)\S*[^\s.,;:!?)\]'"*_~`]|[\p{L}\p{N}][\p{L}\p{N}._%+~-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
  const spans: string[] = [];
  for (const line of text.replace(linked, ' ').split('\n')) {
    for (let i = 0; i < line.length; i++) {
      const marker = line[i];
      if (!'*_~`'.includes(marker) || word(line[i - 1]) || !touches(line[i + 1])) continue;
      for (let j = i + 2; j < line.length; j++) {
        if (line[j] === marker && touches(line[j - 1]) && !word(line[j + 1])) {
          spans.push(line.slice(i, j + 1));
          break;
        }
      }
    }
  }
  return spans;
}
