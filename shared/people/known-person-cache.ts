/**
 * The person behind an identity, kept with the version of the people tables it was read at
 * (Store.peopleVersion, SQLite only): while the version is the same, no row of people,
 * identities or roles changed, so the kept person is exactly what a read would return, roles
 * included. Any write to those tables, by anyone, changes the version and the next lookup reads
 * again. The version is taken before the read: a write landing during the read only makes the
 * entry look older than it is (read again next time), never newer.
 *
 * Callers get their own copy (a caller that edits the person it got cannot change the kept one).
 * Without a version (PostgreSQL) nothing is kept and every lookup reads.
 */
import type { Person } from './person.js';

/** entries kept at most (the oldest dropped first): a bound on memory, not on correctness */
export const KNOWN_PERSON_MAX = 20_000;

export interface KnownPersonCache {
  /** the person of `key`, from the cache when nothing changed since it was read, else `read()` */
  lookup(key: string, read: () => Promise<Person | undefined>): Promise<Person | undefined>;
}

const copy = (person: Person): Person => ({
  ...person,
  roles: person.roles.map((r) => ({ ...r })),
  identities: person.identities.map((i) => ({ ...i })),
});

export function knownPersonCache(
  version: (() => string) | undefined,
  max = KNOWN_PERSON_MAX,
): KnownPersonCache {
  if (!version) return { lookup: (_key, read) => read() };
  const entries = new Map<string, { version: string; person: Person }>();
  return {
    async lookup(key, read) {
      const now = version();
      const kept = entries.get(key);
      if (kept?.version === now) return copy(kept.person);
      const person = await read();
      entries.delete(key);
      if (!person) return undefined;
      if (entries.size >= max) entries.delete(entries.keys().next().value as string);
      entries.set(key, { version: now, person: copy(person) });
      return person;
    },
  };
}
