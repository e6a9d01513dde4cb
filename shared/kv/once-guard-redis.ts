/**
 * OnceGuard on Redis: `SET key value PX ttl NX` is atomic on the server, so exactly one caller
 * across all instances gets 'OK' until the key expires, and Redis removes it by itself then;
 * claimChange is a GET-compare-SET script, atomic likewise; claimAll sends several in one pipeline.
 * Its own fail-fast connection (like the job queue's producer one): a claim made while handling
 * an HTTP request must fail, not hang, when Redis is down.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';
import { ioredisDriver } from '../store/backend-drivers.js';
import type { OnceClaim, OnceGuard } from './once-guard.js';
import { checkedTtlMs } from './once-guard-ttl.js';

/** GET then SET in one script, so no other claim runs between them (Redis runs scripts alone) */
const CLAIM_CHANGE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

export interface RedisOnceGuardOptions {
  redisUrl: string;
  prefix: string;
  logger?: Logger;
}

export class RedisOnceGuard implements OnceGuard {
  private readonly connection: Redis;
  private readonly prefix: string;

  constructor(options: RedisOnceGuardOptions) {
    this.prefix = options.prefix;
    this.connection = new (ioredisDriver().Redis)(options.redisUrl, { maxRetriesPerRequest: 3 });
    // without a listener ioredis prints every reconnect failure; claims still reject and say why
    this.connection.on('error', (error) =>
      options.logger?.error({ err: error }, 'once guard: Redis connection error'),
    );
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const ttl = checkedTtlMs(key, ttlMs);
    const answer = await this.connection.set(this.prefix + key, String(Date.now()), 'PX', ttl, 'NX');
    return answer === 'OK';
  }

  async claimChange(key: string, value: string, ttlMs: number): Promise<boolean> {
    const ttl = checkedTtlMs(key, ttlMs);
    const won = await this.connection.eval(CLAIM_CHANGE, 1, this.prefix + key, value, ttl);
    return won === 1;
  }

  /** one pipeline (`SET NX PX`, or the claimChange script): each claim atomic on its own, all in one round trip */
  async claimAll(claims: readonly OnceClaim[]): Promise<boolean[]> {
    const pipeline = this.connection.pipeline();
    for (const { key, ttlMs, value } of claims) {
      const ttl = checkedTtlMs(key, ttlMs);
      if (value === undefined) pipeline.set(this.prefix + key, String(Date.now()), 'PX', ttl, 'NX');
      else pipeline.eval(CLAIM_CHANGE, 1, this.prefix + key, value, ttl);
    }
    const answers = (await pipeline.exec()) ?? [];
    return answers.map(([error, answer]) => {
      if (error) throw error;
      return answer === 'OK' || answer === 1;
    });
  }

  async close(): Promise<void> {
    // QUIT waits for a server that may never answer; a connection that is not up just drops
    if (this.connection.status === 'ready') await this.connection.quit();
    else this.connection.disconnect();
  }
}
