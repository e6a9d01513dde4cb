/**
 * The one rule of what reaches a guest, shared by every audience kind (news, polls, surveys,
 * quizzes, reminders through resolve-audience.ts; tours through their own audience): content
 * addressed to the organisation (everyone, departments, sites, roles, newcomers, managers) reaches
 * members only. A guest is reached when the content names them, names a group they are in (a
 * tour's group key is the group's space they joined), or includes guests explicitly. A newcomer
 * the platform could not vouch for yet is a guest here too (fail closed, shared/people): an
 * internal item shown to an outsider is the costly mistake.
 */
import type { Person } from '../people/person.js';

export interface GuestNaming {
  /** the content names the person, or a group they are in */
  names: boolean;
  /** the content includes guests explicitly (audience `includeGuests`, a tour for guests) */
  includeGuests: boolean;
}

export const reachesByOrganisation = (person: Pick<Person, 'kind'>, naming: GuestNaming): boolean =>
  person.kind === 'member' || naming.names || naming.includeGuests;
