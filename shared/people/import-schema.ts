/**
 * What one imported person looks like (CSV row or JSON object), and how CSV headers in French or
 * English map onto it. HR exports rarely agree on column names, so common variants are accepted.
 */
import { z } from 'zod';
import { roles } from './person.js';

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const optionalText = z
  .string()
  .trim()
  .max(200)
  .transform((v) => v || undefined)
  .optional();

const yes = new Set(['1', 'true', 'yes', 'oui', 'y', 'o']);
const no = new Set(['0', 'false', 'no', 'non', 'n']);

export const importedPersonSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'is not a valid email address' })),
  displayName: optionalText,
  department: optionalText,
  site: optionalText,
  managerEmail: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || undefined)
    .pipe(z.email({ message: 'is not a valid email address' }).optional())
    .optional(),
  startDate: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .pipe(z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD').optional())
    .optional(),
  locale: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.slice(0, 2) || undefined)
    .pipe(z.enum(['fr', 'en'], { message: 'must be fr or en' }).optional())
    .optional(),
  timeZone: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .pipe(z.string().refine(isTimeZone, 'is not an IANA time zone such as Europe/Paris').optional())
    .optional(),
  kind: z
    .string()
    .trim()
    .toLowerCase()
    .transform(
      (v) =>
        (v === 'invite' || v === 'invité' || v === 'externe' ? 'guest' : v === 'membre' ? 'member' : v) ||
        undefined,
    )
    .pipe(z.enum(['member', 'guest'], { message: 'must be member or guest' }).optional())
    .optional(),
  roles: z
    .union([z.array(z.string()), z.string().transform((v) => v.split(/[,;|]/))])
    .transform((list) => list.map((r) => r.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.enum(roles, { message: `each role must be one of ${roles.join(', ')}` })))
    .optional(),
  active: z
    .union([z.boolean(), z.string()])
    .transform((v, ctx) => {
      if (typeof v === 'boolean') return v;
      const s = v.trim().toLowerCase();
      if (s === '') return undefined;
      if (yes.has(s)) return true;
      if (no.has(s)) return false;
      ctx.addIssue({ code: 'custom', message: 'must be yes/no, true/false or 1/0' });
      return z.NEVER;
    })
    .optional(),
});

export type ImportedPerson = z.output<typeof importedPersonSchema>;

const headerAliases: Record<string, keyof ImportedPerson> = {
  email: 'email',
  mail: 'email',
  courriel: 'email',
  e_mail: 'email',
  adresse_email: 'email',
  display_name: 'displayName',
  displayname: 'displayName',
  name: 'displayName',
  nom: 'displayName',
  nom_complet: 'displayName',
  full_name: 'displayName',
  department: 'department',
  departement: 'department',
  service: 'department',
  direction: 'department',
  site: 'site',
  lieu: 'site',
  location: 'site',
  office: 'site',
  manager: 'managerEmail',
  manager_email: 'managerEmail',
  manageremail: 'managerEmail',
  responsable: 'managerEmail',
  email_manager: 'managerEmail',
  start_date: 'startDate',
  startdate: 'startDate',
  date_arrivee: 'startDate',
  date_d_arrivee: 'startDate',
  arrivee: 'startDate',
  date_entree: 'startDate',
  locale: 'locale',
  language: 'locale',
  langue: 'locale',
  lang: 'locale',
  time_zone: 'timeZone',
  timezone: 'timeZone',
  fuseau: 'timeZone',
  fuseau_horaire: 'timeZone',
  tz: 'timeZone',
  kind: 'kind',
  type: 'kind',
  statut: 'kind',
  status: 'kind',
  roles: 'roles',
  role: 'roles',
  active: 'active',
  actif: 'active',
  enabled: 'active',
};

/** "Date d'arrivée" → date_d_arrivee → startDate; unknown headers → undefined (ignored, reported). */
export function fieldForHeader(header: string): keyof ImportedPerson | undefined {
  const key = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return (
    headerAliases[key] ?? (key in importedPersonSchema.shape ? (key as keyof ImportedPerson) : undefined)
  );
}
