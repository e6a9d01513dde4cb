/**
 * A version of the people tables (people, identities, roles) on the SQLite connection, for the
 * person cache of a known voter (sql-people-service.ts): two equal versions mean no row of those
 * tables changed in between, whoever wrote it. Every click of a known voter read their person
 * afresh (a three-table join, about a fifth of the SQL time of a vote); with this it reads two
 * numbers and no table.
 *
 * - Writes through this connection: temporary triggers (they live on the connection, not in the
 *   schema: no migration) call a function of this process that bumps a counter, on any insert,
 *   update or delete of those tables, whatever code path wrote it (a cascade included). A
 *   rolled-back write still bumps it: the cache is only ever forgotten too early.
 * - Writes by any other connection (the CLI, a second process on the same file): SQLite's
 *   `pragma data_version` changes whenever another connection committed anything.
 *
 * PostgreSQL has no such thing: a trigger cannot reach this process at commit time, and a
 * version row bumped by triggers would make every transaction that writes people wait for the
 * others (a directory import would hold back every first contact). It reads the person each
 * time, as before.
 */
import type { Database as SqliteDatabase } from 'better-sqlite3';

const TABLES = ['people', 'identities', 'roles'] as const;
const OPERATIONS = ['insert', 'update', 'delete'] as const;
const FUNCTION = 'relais_people_changed';

/** Installs the triggers (the tables must exist: after migrations); returns the version reader. */
export function sqlitePeopleVersion(database: SqliteDatabase): () => string {
  let writes = 0;
  database.function(FUNCTION, { deterministic: false }, () => {
    writes += 1;
    return null;
  });
  for (const table of TABLES) {
    for (const operation of OPERATIONS) {
      database.exec(
        `create temp trigger if not exists relais_people_version_${table}_${operation}
           after ${operation} on ${table} begin select ${FUNCTION}(); end`,
      );
    }
  }
  const otherConnections = database.prepare('pragma data_version').pluck();
  return () => `${writes}:${otherConnections.get()}`;
}
