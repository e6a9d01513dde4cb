/**
 * A step's schedule in the editor's language. The server reads English and French alike
 * (shared/tours/schedule.ts); the editor shows the usual forms in the author's words, so a French
 * author does not meet "day 2 at 09:30" pre-filled in English. Forms it does not know (an ISO
 * duration, free spacing) are shown as written.
 */
export type ScheduleLocale = 'fr' | 'en';

const weekdays = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
};

const at = (locale: ScheduleLocale, hour: string, minute: string): string =>
  locale === 'fr' ? ` à ${hour}h${minute === '00' ? '' : minute}` : ` at ${hour}:${minute}`;

/** "09:30", "9h30", "9h" → ["09", "30"] */
function timeOf(text: string | undefined): [string, string] | undefined {
  if (!text) return undefined;
  const m = /^(?:at|à|a)\s+(\d{1,2})\s*[:h]\s*(\d{2})?$/i.exec(text.trim());
  return m ? [(m[1] ?? '').padStart(2, '0'), m[2] ?? '00'] : undefined;
}

/** The schedule said in `locale`, when it is one of the usual forms; else unchanged. */
export function scheduleIn(locale: ScheduleLocale, schedule: string): string {
  const s = schedule.trim().toLowerCase();
  if (s === 'first contact' || s === 'premier contact' || s === 'au premier contact') {
    return locale === 'fr' ? 'premier contact' : 'first contact';
  }
  const day = /^(?:day|jour)\s+(-?\d{1,3})(?:\s+(.+))?$/.exec(s);
  if (day) {
    const time = timeOf(day[2]);
    if (day[2] && !time) return schedule;
    return `${locale === 'fr' ? 'jour' : 'day'} ${day[1]}${time ? at(locale, ...time) : ''}`;
  }
  const week = /^(?:week|semaine)\s+(\d{1,2})\s+([a-z]+)(?:\s+(.+))?$/.exec(s);
  if (week) {
    const index = Math.max(weekdays.en.indexOf(week[2] ?? ''), weekdays.fr.indexOf(week[2] ?? ''));
    const time = timeOf(week[3]);
    if (index < 0 || (week[3] && !time)) return schedule;
    const name = weekdays[locale][index] ?? '';
    const shown = locale === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    return `${locale === 'fr' ? 'semaine' : 'week'} ${week[1]} ${shown}${time ? at(locale, ...time) : ''}`;
  }
  return schedule;
}

/** The schedule a new step starts with: the first at first contact, the next ones a day apart. */
export const defaultSchedule = (locale: ScheduleLocale, n: number): string =>
  n === 1 ? scheduleIn(locale, 'first contact') : scheduleIn(locale, `day ${n}`);
