/**
 * The other half of Slack's 5-minute replay window. Bolt rejects request timestamps more than
 * five minutes old but accepts any timestamp in the future, so a signed request captured today
 * and stamped ahead could be replayed later. This runs before the receiver and reads only the
 * header: the raw body stays untouched for Bolt's signature check.
 */
import type { RequestHandler } from 'express';

export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

export function futureTimestampGuard(now: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    // a missing or malformed header is Bolt's to reject (with the signature check)
    if (Number.isFinite(timestamp) && timestamp - now() / 1000 > SLACK_TIMESTAMP_WINDOW_SECONDS) {
      req.log?.warn({ timestamp }, 'Slack request timestamp too far in the future');
      res.status(401).send();
      return;
    }
    next();
  };
}
