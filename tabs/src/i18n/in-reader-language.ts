/**
 * A name written in both languages as "French / English" (the ready-made welcome tour's) shown
 * in the reader's language only; any other name as written.
 */
export function inReaderLanguage(text: string, locale: 'fr' | 'en'): string {
  const halves = text.split(' / ');
  if (halves.length !== 2 || !halves[0]?.trim() || !halves[1]?.trim()) return text;
  return (locale === 'fr' ? halves[0] : halves[1]).trim();
}
