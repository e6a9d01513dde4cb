/** pino logging: one root logger per server, children per request/job carry their ids. */
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'relais' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          '*.token',
          '*.botToken',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
