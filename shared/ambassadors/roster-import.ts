/**
 * The console's roster import: rows of an email and, optionally, the departments, sites and
 * guest groups the ambassador covers (else their own). A group is written by its id or by its
 * name in either language, as people know it. Each row is named like one added by hand (admins):
 * a guest over members, an unknown address, an unknown or ambiguous group, a group the person is
 * not in or a person without any scope is reported on its row, in the caller's language, and the
 * other rows are still named. Naming twice changes nothing but the scope.
 */
import { z } from 'zod';
import { type Principal, requireRole } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import { say } from '../http/error-handler.js';
import type { Locale } from '../i18n/i18n.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { planNextDigest } from './digests.js';
import { nameAmbassador } from './roster.js';

const scopeValue = z.string().trim().min(1).max(200);

export const rosterImportSchema = z.object({
  rows: z
    .array(
      z.object({
        email: z.string().trim().min(3).max(320),
        departments: z.array(scopeValue).max(50).optional(),
        sites: z.array(scopeValue).max(50).optional(),
        /** guest groups, each by its id or its French or English name */
        groups: z.array(scopeValue).max(20).optional(),
      }),
    )
    .min(1)
    .max(2000),
});
export type RosterImport = z.input<typeof rosterImportSchema>;

export interface RosterImportRow {
  email: string;
  outcome: 'named' | 'unknown' | 'refused';
  personId: string | null;
  /** why a row was not named, in the caller's language */
  message: string | null;
}

export async function importRoster(
  ctx: AmbassadorContext,
  principal: Principal,
  raw: RosterImport,
  locale: Locale,
): Promise<RosterImportRow[]> {
  requireRole(principal, 'admin');
  const { rows } = rosterImportSchema.parse(raw);
  const out: RosterImportRow[] = [];
  const groupIdOf = rows.some((r) => r.groups?.length) ? await groupResolver(ctx) : undefined;
  for (const row of rows) {
    const person = await ctx.people.findByEmail(row.email.toLowerCase());
    if (!person) {
      out.push({
        email: row.email,
        outcome: 'unknown',
        personId: null,
        message: say(locale, { key: 'ambassador.import.unknown' }),
      });
      continue;
    }
    try {
      const groups = row.groups && groupIdOf ? row.groups.map(groupIdOf) : undefined;
      await nameAmbassador(
        ctx,
        principal,
        // a row that names a scope is that scope; a row without one covers the person's own
        row.departments || row.sites || groups
          ? {
              personId: person.id,
              departments: row.departments ?? [],
              sites: row.sites ?? [],
              groups: groups ?? [],
            }
          : { personId: person.id },
        'import',
      );
      await planNextDigest(ctx, person.id);
      out.push({ email: row.email, outcome: 'named', personId: person.id, message: null });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      out.push({
        email: row.email,
        outcome: 'refused',
        personId: person.id,
        message: error.text ? say(locale, error.text) : error.message,
      });
    }
  }
  return out;
}

/**
 * Reads a group cell: a group's id, else its name in either language (case aside). A name two
 * groups share is refused rather than guessed; an unknown one is refused by its cell.
 */
async function groupResolver(ctx: AmbassadorContext): Promise<(cell: string) => string> {
  const groups = await ctx.audienceGroups.summaries('all');
  const ids = new Set(groups.map((g) => g.id));
  const byName = new Map<string, Set<string>>();
  for (const g of groups)
    for (const name of [g.nameFr, g.nameEn]) {
      const key = name?.trim().toLocaleLowerCase();
      if (key) byName.set(key, (byName.get(key) ?? new Set()).add(g.id));
    }
  return (cell) => {
    if (ids.has(cell)) return cell;
    const named = [...(byName.get(cell.toLocaleLowerCase()) ?? [])];
    if (named.length === 1) return named[0]!;
    if (named.length > 1)
      throw new AppError('bad_request', `groups: several groups are named ${cell}`, undefined, {
        key: 'ambassador.import.group_ambiguous',
        params: { group: cell },
      });
    throw new AppError('bad_request', `groups: no group ${cell}`, undefined, {
      key: 'ambassador.error.group_unknown',
      params: { group: cell },
    });
  };
}
