/**
 * The composer's form state and its translation into the API's draft: pure functions, so the
 * rules (which language variants count, how a pasted CSV becomes people, how a local time in a
 * chosen time zone becomes an instant) are unit-tested without a browser.
 */

import {
  audienceBodyOf,
  emptyPicked,
  type PickedAudience,
  pickedOf,
} from '../components/audience-picker/picked-audience.js';
import type {
  AudienceInput,
  ChannelTarget,
  NewsButton,
  NewsDraft,
  NewsItem,
  NewsLocale,
} from './news-api.js';

export interface VariantFields {
  title: string;
  summary: string;
  body: string;
}

export interface ComposerState {
  variants: Record<NewsLocale, VariantFields>;
  imageUrl: string;
  buttons: NewsButton[];
  strategic: boolean;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, or empty */
  expiresAt: string;
  /** who receives it, chosen from the directory (components/audience-picker) */
  audience: PickedAudience;
  /** one channel per line: `teams|slack  tenant  conversation  [name]` */
  channels: string;
  when: 'now' | 'later';
  /** `YYYY-MM-DDTHH:mm` in `timeZone` */
  scheduleAt: string;
  timeZone: string;
}

const emptyVariant = (): VariantFields => ({ title: '', summary: '', body: '' });

export function initialComposerState(_locale: NewsLocale, timeZone: string): ComposerState {
  return {
    variants: { fr: emptyVariant(), en: emptyVariant() },
    imageUrl: '',
    buttons: [],
    strategic: false,
    expiresAt: '',
    // nobody by default: the author says who, so nothing goes to everyone by surprise
    audience: emptyPicked(),
    channels: '',
    when: 'now',
    scheduleAt: '',
    timeZone,
  };
}

/** `a, b; c` or one per line → trimmed, unique, non-empty. */
export const listOf = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/**
 * People from a pasted CSV or list: every cell that looks like an email address, or, when a
 * line has none, its first cell (a person id). A header line (`email,name`) is skipped.
 */
export function peopleOf(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line
      .split(/[,;\t]/)
      .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
      .filter(Boolean);
    if (!cells.length) continue;
    const emails = cells.filter((c) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c));
    if (emails.length) found.push(...emails.map((e) => e.toLowerCase()));
    else if (cells.length === 1 || !/^(e-?mail|id|name|nom|courriel)$/i.test(cells[0] ?? ''))
      found.push(cells[0] as string);
  }
  return [...new Set(found)].filter((p) => !/^(e-?mail|courriel|id)$/i.test(p));
}

/** `slack T0123 C0456 #general` → a channel target; lines that do not parse are returned apart. */
export function channelsOf(text: string): { channels: ChannelTarget[]; invalid: string[] } {
  const channels: ChannelTarget[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const [platform, tenantId, conversationId, ...name] = line.split(/\s+/);
    if ((platform === 'teams' || platform === 'slack') && tenantId && conversationId) {
      channels.push({
        platform,
        tenantId,
        conversationId,
        ...(name.length ? { name: name.join(' ') } : {}),
      });
    } else invalid.push(line);
  }
  return { channels, invalid };
}

/**
 * `2026-12-01T09:00` meant in `timeZone` → the UTC instant (ISO). Uses the zone's offset at that
 * moment (so summer and winter time are right), found by formatting a first guess in the zone.
 */
export function zonedToUtc(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) throw new RangeError(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wanted = Date.UTC(y as number, (mo as number) - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    return shown - instant;
  };
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  return new Date(instant).toISOString();
}

/** The UTC instant shown as `YYYY-MM-DDTHH:mm` in `timeZone` (for editing a saved item). */
export function utcToZoned(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s()<>]+\.[^\s()<>]+$/i.test(url);

const filled = (v: VariantFields) => v.title.trim() !== '' || v.summary.trim() !== '' || v.body.trim() !== '';

/** "everyone" excludes the other choices, channels included */
export function audienceOf(state: ComposerState): AudienceInput {
  const picked = audienceBodyOf(state.audience);
  return state.audience.everyone ? picked : { ...picked, channels: channelsOf(state.channels).channels };
}

/**
 * The draft the API receives: only the language variants the author wrote; the image and the
 * buttons (one set in the form) go with each of them.
 */
export function draftOf(state: ComposerState): NewsDraft {
  const variants: NewsDraft['variants'] = {};
  const buttons = state.buttons
    .map((b) => ({ label: b.label.trim(), url: b.url.trim() }))
    // a half-typed link would be refused: it joins the draft once it is a web address
    .filter((b) => b.label && isWebUrl(b.url));
  const imageUrl = isWebUrl(state.imageUrl.trim()) ? state.imageUrl.trim() : '';
  for (const locale of ['fr', 'en'] as const) {
    const v = state.variants[locale];
    if (!filled(v)) continue;
    variants[locale] = {
      title: v.title.trim(),
      summary: v.summary.trim(),
      body: v.body,
      ...(imageUrl ? { imageUrl, imageAlt: v.title.trim() } : {}),
      buttons,
    };
  }
  return {
    variants,
    strategic: state.strategic,
    expiresAt: state.expiresAt ? zonedToUtc(state.expiresAt, state.timeZone) : null,
    audience: audienceOf(state),
  };
}

/** A saved item back into the form, for editing. */
export function stateOf(item: NewsItem, timeZone: string, locale: NewsLocale): ComposerState {
  const state = initialComposerState(locale, timeZone);
  for (const l of ['fr', 'en'] as const) {
    const v = item.variants?.[l];
    if (v) state.variants[l] = { title: v.title ?? '', summary: v.summary ?? '', body: v.body ?? '' };
  }
  const first = item.variants?.fr ?? item.variants?.en;
  const a = item.audience;
  return {
    ...state,
    imageUrl: first?.imageUrl ?? '',
    buttons: first?.buttons ?? [],
    strategic: Boolean(item.strategic),
    expiresAt: item.expiresAt ? utcToZoned(item.expiresAt, timeZone) : '',
    audience: pickedOf(a),
    channels: (a?.channels ?? [])
      .map((c) => [c.platform, c.tenantId, c.conversationId, c.name ?? ''].join(' ').trim())
      .join('\n'),
  };
}

export const browserTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';

export function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'Europe/Paris', 'UTC', ...all])];
}
