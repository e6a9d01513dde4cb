/**
 * A text dump of a store's schema (tables, columns, indexes, constraints) that two databases
 * built by different code can be compared by: equal dumps, equal schemas; and a database migrated
 * only up to a given step, as a server deployed then had it.
 */
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { relaisMigrations } from '../../shared/capabilities.js';
import { orderedMigrations } from '../../shared/store/migration-steps.js';
import type { Backend } from './databases.js';

export async function schemaDump(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<string> {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
      select type, name, sql from sqlite_master
      where name not like 'sqlite_%' and name not like 'kysely_%'
      order by type, name`.execute(db);
    return rows.map((row) => `${row.type} ${row.name}\n${row.sql ?? ''}\n`).join('\n');
  }
  const columns = await sql<Record<string, string | null>>`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely_%'
    order by table_name, column_name`.execute(db);
  const indexes = await sql<Record<string, string>>`
    select tablename, indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename not like 'kysely_%'
    order by tablename, indexname`.execute(db);
  const constraints = await sql<Record<string, string>>`
    select rel.relname as table_name, con.conname, pg_get_constraintdef(con.oid) as definition
    from pg_constraint con join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = rel.relnamespace
    where ns.nspname = current_schema() and rel.relname not like 'kysely_%'
    order by rel.relname, con.conname`.execute(db);
  // index and constraint definitions name the schema; suites run in schemas of their own
  const unschema = (text: string) => text.replace(/ ON [a-z0-9_]+\./g, ' ON ');
  return [
    ...columns.rows.map((c) => `column ${Object.values(c).join(' | ')}`),
    ...indexes.rows.map((i) => `index ${i.tablename} ${i.indexname} ${unschema(i.indexdef ?? '')}`),
    ...constraints.rows.map((c) => `constraint ${c.table_name} ${c.conname} ${c.definition}`),
  ].join('\n');
}

/** A fresh database of this backend migrated only up to `target`, as a deployed server had it. */
export async function databaseAtMigration(backend: Backend, target: string): Promise<Kysely<unknown>> {
  const options = backend.storeOptions;
  if (!options) throw new Error('an SQL backend has store options');
  const db = new Kysely<unknown>({
    dialect: options.databaseUrl
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: options.databaseUrl, max: 1 }) })
      : new SqliteDialect({ database: new SqliteDatabase(path.join(options.dataDir, 'relais.db')) }),
  });
  const dialect = options.databaseUrl ? 'postgres' : 'sqlite';
  // as openStore does: Kysely's bookkeeping tables in this suite's schema, not another suite's
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => orderedMigrations(relaisMigrations, dialect) },
    migrationTableSchema: schema,
  });
  const { error } = await migrator.migrateTo(target);
  if (error) throw error;
  return db;
}
