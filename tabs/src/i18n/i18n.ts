/**
 * The tab shell's French/English strings. The server has its own catalogue (shared/i18n); the
 * front end keeps a small one so the bundle does not carry every chat message.
 * Locale order: the person's own, then the Teams context, then the browser, then the server's
 * DEFAULT_LOCALE (from /tabs/config.json; French until it is known).
 */
import { createContext, useContext } from 'react';
import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';

export type Locale = 'fr' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

/** 'fr-FR', 'en_GB', 'FR' → 'fr' / 'en'; anything else → undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const short = value?.trim().slice(0, 2).toLowerCase();
  return short === 'fr' || short === 'en' ? short : undefined;
}

/** The first French or English candidate; French when none is (callers pass DEFAULT_LOCALE last). */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = toLocale(candidate);
    if (locale) return locale;
  }
  return 'fr';
}

export function createTranslate(locale: Locale): Translate {
  return (key, params = {}) =>
    (catalogues[locale][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

export const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'fr',
  t: createTranslate('fr'),
});

export const useI18n = () => useContext(I18nContext);
