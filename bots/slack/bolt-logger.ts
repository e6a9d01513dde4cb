/**
 * Bolt, the Web API client and the Socket Mode client log through @slack/logger's interface;
 * this adapter sends those lines to our pino logger, so Slack's logs carry the same fields and
 * level as the rest of the server. The level is pino's: Bolt's setLevel is ignored on purpose.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../shared/logging/logger.js';

const toBoltLevel = (level: string): LogLevel => {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
};

export function createBoltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ part: 'slack' });
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  const errorOf = (msg: unknown[]) => msg.find((m): m is Error => m instanceof Error);
  return {
    debug: (...msg) => log.debug(line(msg)),
    info: (...msg) => log.info(line(msg)),
    warn: (...msg) => log.warn({ err: errorOf(msg) }, line(msg)),
    error: (...msg) => log.error({ err: errorOf(msg) }, line(msg)),
    setLevel: () => {},
    getLevel: () => toBoltLevel(log.level),
    setName: (name) => {
      log = logger.child({ part: 'slack', component: name });
    },
  };
}
