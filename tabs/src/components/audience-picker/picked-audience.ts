/**
 * What the picker holds and what the API receives: pure, so "everyone excludes the other
 * choices" and "confirm above 100 people or for everyone" are plain rules.
 */
import type { AudienceBody, Reach } from './audience-api.js';

export type AudienceRole = NonNullable<AudienceBody['roles']>[number];
export const audienceRoles: readonly AudienceRole[] = [
  'admin',
  'communicator',
  'ambassador',
  'group_manager',
];

export interface PickedAudience {
  everyone: boolean;
  departments: string[];
  sites: string[];
  roles: AudienceRole[];
  /** person ids, with the name shown on their tag */
  people: { id: string; label: string }[];
  /** group ids: their members and guests */
  groups: string[];
  includeGuests: boolean;
}

export const emptyPicked = (): PickedAudience => ({
  everyone: false,
  departments: [],
  sites: [],
  roles: [],
  people: [],
  groups: [],
  includeGuests: false,
});

/** "everyone" sends nothing else: the other choices are not part of that audience */
export function audienceBodyOf(picked: PickedAudience): AudienceBody {
  if (picked.everyone) return { everyone: true, includeGuests: picked.includeGuests };
  return {
    departments: picked.departments,
    sites: picked.sites,
    roles: picked.roles,
    people: picked.people.map((p) => p.id),
    ...(picked.groups.length > 0 ? { groups: picked.groups } : {}),
    includeGuests: picked.includeGuests,
  };
}

export const isPicked = (picked: PickedAudience): boolean =>
  picked.everyone ||
  picked.departments.length +
    picked.sites.length +
    picked.roles.length +
    picked.people.length +
    picked.groups.length >
    0;

/** above this many people a send asks for confirmation */
export const CONFIRM_ABOVE = 100;

export const needsConfirmation = (picked: PickedAudience, reach: Reach): boolean =>
  picked.everyone || reach.people > CONFIRM_ABOVE;

/** A stored audience back into the picker (people shown by id until the directory names them). */
export function pickedOf(audience: Partial<AudienceBody> | undefined): PickedAudience {
  if (!audience) return emptyPicked();
  return {
    everyone: Boolean(audience.everyone),
    departments: audience.departments ?? [],
    sites: audience.sites ?? [],
    roles: audience.roles ?? [],
    people: (audience.people ?? []).map((id) => ({ id, label: id })),
    groups: audience.groups ?? [],
    includeGuests: Boolean(audience.includeGuests),
  };
}
