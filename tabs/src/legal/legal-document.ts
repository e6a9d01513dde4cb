/**
 * The shape of a legal document (privacy notice, terms of use) in one language: a title, an
 * introduction and sections of paragraphs and lists. Each document names its sections once, so
 * the compiler checks that French and English have the same ones; the view renders them in order.
 * The deploying organisation's contact is a block of its own, filled from /tabs/config.json.
 */
import type { LegalPage } from './legal-route.js';

export interface ListItem {
  /** a bold lead-in, e.g. 'Directory data' */
  term?: string;
  text: string;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: ListItem[] }
  /** the organisation's privacy contact, or the fallback when none is configured */
  | { kind: 'contact' }
  /** a paragraph that is a link to the other legal page, in the same language */
  | { kind: 'page_link'; page: LegalPage; text: string };

export interface LegalSection {
  heading: string;
  blocks: Block[];
}

export interface LegalDocument<SectionId extends string> {
  title: string;
  intro: string;
  sections: Record<SectionId, LegalSection>;
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** Items are plain text, or [term, text] for a bold lead-in. */
export const list = (...items: (string | [string, string])[]): Block => ({
  kind: 'list',
  items: items.map((item) => (typeof item === 'string' ? { text: item } : { term: item[0], text: item[1] })),
});

export const contact: Block = { kind: 'contact' };

export const pageLink = (page: LegalPage, text: string): Block => ({ kind: 'page_link', page, text });

export const privacySectionIds = [
  'controller',
  'data',
  'not_collected',
  'purposes',
  'storage',
  'retention',
  'recipients',
  'rights',
] as const;
export type PrivacySectionId = (typeof privacySectionIds)[number];
export type PrivacyNotice = LegalDocument<PrivacySectionId>;

export const termsSectionIds = [
  'service',
  'access',
  'acceptable_use',
  'guests',
  'content',
  'warranty',
  'personal_data',
  'changes',
] as const;
export type TermsSectionId = (typeof termsSectionIds)[number];
export type TermsOfUse = LegalDocument<TermsSectionId>;
