/**
 * Who is calling the core: a person (chat user, tab SSO) or an automation key. Roles are checked
 * here, in the core, whatever path the call came through (chat, tab, REST).
 */
import { AppError } from '../errors/errors.js';
import { hasRole, type Person, type Role } from '../people/person.js';

export type Principal =
  /** a system integration holding one of RELAIS_API_KEYS: acts as an administrator */
  | { kind: 'automation'; keyId: string }
  | {
      kind: 'person';
      person: Person;
      /** how the person came in: a console session, a Teams tab SSO token; unset for chat turns */
      source?: 'session' | 'sso';
    };

export function can(principal: Principal, role: Role, scope = ''): boolean {
  if (principal.kind === 'automation') return true;
  if (!principal.person.active) return false;
  return hasRole(principal.person, role, scope);
}

/** Throws AppError('forbidden') unless the principal holds the role (admins hold every role). */
export function requireRole(principal: Principal, role: Role, scope = ''): void {
  if (!can(principal, role, scope)) {
    throw new AppError('forbidden', `requires the ${role} role${scope ? ` on ${scope}` : ''}`);
  }
}

export const principalPersonId = (principal: Principal): string | null =>
  principal.kind === 'person' ? principal.person.id : null;
