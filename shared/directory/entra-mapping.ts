/**
 * A Graph `users/delta` entry → a directory record (pure). The site and the department come from
 * the configured attributes (DIRECTORY_SITE_ATTRIBUTE, DIRECTORY_DEPARTMENT_ATTRIBUTE);
 * `userType: Guest` makes a guest; `accountEnabled: false` or `@removed` an inactive person.
 */
import { toLocale } from '../i18n/i18n.js';
import { normaliseEmail } from '../people/sql-people-service.js';
import type { DirectoryRecord, Mapped } from './directory-record.js';

export interface EntraMapping {
  tenantId: string;
  siteAttribute: string;
  departmentAttribute: string;
}

/** The `$select` of the first delta call: what the mapping reads, and the manager. */
export const entraSelect = (mapping: EntraMapping): string =>
  [
    ...new Set([
      'id',
      'userPrincipalName',
      'mail',
      'displayName',
      'department',
      'officeLocation',
      'city',
      'preferredLanguage',
      'userType',
      'accountEnabled',
      mapping.siteAttribute,
      mapping.departmentAttribute,
      'manager',
    ]),
  ].join(',');

const text = (value: unknown): string | null | undefined => {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return typeof value === 'string' ? value.trim() || null : undefined;
};

export function mapEntraUser(entry: unknown, mapping: EntraMapping): Mapped {
  if (!entry || typeof entry !== 'object') return { skip: { reason: 'malformed' } };
  const user = entry as Record<string, unknown>;
  const id = typeof user.id === 'string' && /^[\w-]{1,64}$/.test(user.id) ? user.id : undefined;
  if (!id) return { skip: { reason: 'malformed' } };
  const account = { platform: 'directory' as const, tenantId: mapping.tenantId, userId: id, aadObjectId: id };
  if (user['@removed'] !== undefined) {
    const record: DirectoryRecord = {
      source: 'entra',
      account,
      email: null,
      removed: true,
      values: { active: '0' },
    };
    return { record };
  }
  if (user.userType !== undefined && user.userType !== 'Member' && user.userType !== 'Guest')
    return { skip: { reason: 'malformed', subject: id } };
  if (user.accountEnabled !== undefined && typeof user.accountEnabled !== 'boolean')
    return { skip: { reason: 'malformed', subject: id } };
  // without an address the account still updates a person linked by its id (a leaver whose
  // mailbox went first); the writer skips it otherwise (no_address)
  const email = normaliseEmail(typeof user.mail === 'string' ? user.mail : null);
  const values: DirectoryRecord['values'] = {};
  const name = text(user.displayName);
  if (name) values.display_name = name;
  const department = text(user[mapping.departmentAttribute]);
  if (department !== undefined) values.department = department;
  const site = text(user[mapping.siteAttribute]);
  if (site !== undefined) values.site = site;
  const language = text(user.preferredLanguage);
  if (language !== undefined) values.locale = toLocale(language) ?? null;
  if (user.userType !== undefined) values.kind = user.userType === 'Guest' ? 'guest' : 'member';
  if (user.accountEnabled !== undefined) values.active = user.accountEnabled ? '1' : '0';
  // `manager@delta` comes when the manager changed: an empty list means none any more
  const managers = user['manager@delta'];
  if (Array.isArray(managers)) {
    const id = (managers[0] as { id?: unknown } | undefined)?.id;
    values.manager = typeof id === 'string' ? id : null;
  }
  return { record: { source: 'entra', account, email, removed: false, values } };
}
