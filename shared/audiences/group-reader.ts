/**
 * Who may read what was addressed to a group, listed by group (its portal): an automation key or
 * an admin reads any group; a person reads only a group they are in now, so a guest never lists
 * another group's items. Anyone else is told the group has nothing for them (not_found), so a
 * guest cannot learn which groups exist.
 */
import { can, type Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { AudienceGroups } from './audience-groups.js';

export async function assertGroupReader(
  principal: Principal,
  groups: AudienceGroups,
  groupId: string,
): Promise<void> {
  if (can(principal, 'admin')) return;
  if (principal.kind === 'person' && principal.person.active) {
    if ((await groups.groupsOf(principal.person.id)).includes(groupId)) return;
  }
  throw new AppError('not_found', `no group ${groupId}`);
}
