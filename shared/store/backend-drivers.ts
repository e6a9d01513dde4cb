/**
 * The client libraries of the optional backends (pg for PostgreSQL, ioredis, BullMQ, keyv's Redis
 * adapter), loaded the first time a configured part needs one rather than by every server at
 * start: an embedded server (SQLite, no REDIS_URL) never holds them. Together they are about
 * 20 MB of a server's RSS (the ambassadors bench measures the server alone). Synchronous, so the
 * factories that pick a backend stay synchronous.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const pgDriver = (): typeof import('pg') => load('pg');
export const ioredisDriver = (): typeof import('ioredis') => load('ioredis');
export const bullmqDriver = (): typeof import('bullmq') => load('bullmq');
export const keyvRedisDriver = (): typeof import('@keyv/redis') => load('@keyv/redis');
