/**
 * French/English message catalogue. Every user-facing string goes through `translate`; the
 * French and English catalogues must have the same keys (the compiler checks it).
 * Locale order: the person's own, then the platform's (Teams `locale`, Slack user locale), then
 * DEFAULT_LOCALE.
 */
import { en } from './en.js';
import { fr } from './fr.js';

export type Locale = 'fr' | 'en';
export const locales: readonly Locale[] = ['fr', 'en'];
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const catalogues: Record<Locale, Catalogue> = { fr, en };

/** 'fr-FR', 'fr_CA', 'FR' → 'fr'; anything unknown → undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const short = value?.trim().slice(0, 2).toLowerCase();
  return short === 'fr' || short === 'en' ? short : undefined;
}

export function resolveLocale(
  personLocale: string | null | undefined,
  platformLocale: string | null | undefined,
  defaultLocale: Locale,
): Locale {
  return toLocale(personLocale) ?? toLocale(platformLocale) ?? defaultLocale;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    translate(locale, key, params);
