/**
 * OnceGuard on Redis: `SET key value PX ttl NX` is atomic on the server, so exactly one caller
 * across all instances gets 'OK' until the key expires, and Redis removes it by itself then.
 * Its own fail-fast connection (like the job queue's producer one): a claim made while handling
 * an HTTP request must fail, not hang, when Redis is down.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';
import type { OnceClaim, OnceGuard } from './once-guard.js';
import { checkedTtlMs } from './once-guard-ttl.js';

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
    this.connection = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
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

  /** one pipeline of `SET NX PX`: each claim atomic on its own, all in one round trip */
  async claimAll(claims: readonly OnceClaim[]): Promise<boolean[]> {
    const pipeline = this.connection.pipeline();
    for (const { key, ttlMs } of claims) {
      pipeline.set(this.prefix + key, String(Date.now()), 'PX', checkedTtlMs(key, ttlMs), 'NX');
    }
    const answers = (await pipeline.exec()) ?? [];
    return answers.map(([error, answer]) => {
      if (error) throw error;
      return answer === 'OK';
    });
  }

  async close(): Promise<void> {
    // QUIT waits for a server that may never answer; a connection that is not up just drops
    if (this.connection.status === 'ready') await this.connection.quit();
    else this.connection.disconnect();
  }
}
