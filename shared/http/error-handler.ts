/**
 * The HTTP boundary's one error handler. What a caller did wrong is a 4xx with a stable code and
 * a message in their language (the signed-in person's locale, else Accept-Language, else
 * DEFAULT_LOCALE); only what Relais itself got wrong is a 500, logged at ERROR.
 *   - AppError: its status and code; `text` (and each detail's `text`) translated.
 *   - DeliveryError from a platform (a REST route that posts, e.g. POST /polls): the platform's
 *     refusal is the caller's to fix (422), a pause is 429 with Retry-After, an outage is 503.
 *   - body-parser errors: malformed JSON 400, too large 413, charset/encoding 415.
 */
import type { ErrorRequestHandler } from 'express';
import { callerLocale } from '../api/caller-locale.js';
import { fieldErrorsOf } from '../api/field-errors.js';
import { AppError, DeliveryError, type ErrorText, isAppError } from '../errors/errors.js';
import { type Locale, translate } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';

/** A catalogue entry in `locale`; params that are entries themselves are said first. */
export function say(locale: Locale, text: ErrorText): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    params[name] = typeof value === 'object' ? say(locale, value) : value;
  }
  return translate(locale, text.key, params);
}

const platformNames: Record<PlatformName, string> = { teams: 'Microsoft Teams', slack: 'Slack' };
const platformName = (platform: PlatformName | undefined): string | ErrorText =>
  platform ? platformNames[platform] : { key: 'error.platform.some' };

/**
 * A platform's answer to a send made for a REST caller, as an AppError: the caller chose the
 * conversation and the content, so a refusal is theirs to fix, never a 500.
 */
export function platformFailure(error: DeliveryError): AppError {
  const name = platformName(error.platform);
  const details = { kind: error.kind, platformCode: error.platformCode, status: error.status };
  switch (error.kind) {
    case 'unreachable':
      return new AppError('conversation_unreachable', error.message, details, {
        key: 'error.platform.unreachable',
        params: { platform: name },
      });
    case 'rejected':
      return new AppError('platform_rejected', error.message, details, {
        key: 'error.platform.rejected',
        params: { platform: name, reason: error.platformCode ?? String(error.status ?? 'invalid') },
      });
    case 'rate_limited':
      return new AppError(
        'rate_limited',
        error.message,
        { ...details, retryAfterMs: error.retryAfterMs },
        {
          key: 'error.platform.rate_limited',
          params: { platform: name },
        },
      );
    default:
      return new AppError('platform_unavailable', error.message, details, {
        key: 'error.platform.unavailable',
        params: { platform: name },
      });
  }
}

/**
 * Failures express and body-parser raise with a 4xx status (a body that is not JSON, too large,
 * in another charset; a path parameter that is not valid percent-encoding) as AppErrors.
 */
function httpFailure(error: { type?: unknown; status?: unknown; limit?: unknown; message?: string }) {
  const reason = error.message ?? '';
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError(
        'malformed_json',
        `malformed JSON: ${reason}`,
        { reason },
        { key: 'error.json.malformed' },
      );
    case 'entity.too.large': {
      const max = typeof error.limit === 'number' ? `${Math.round(error.limit / 1024)} kB` : 'the limit';
      return new AppError('payload_too_large', `body too large: ${reason}`, undefined, {
        key: 'error.json.too_large',
        params: { max },
      });
    }
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', reason, undefined, { key: 'error.json.charset' });
    case 'encoding.unsupported':
      return new AppError('unsupported_media_type', reason, undefined, { key: 'error.json.encoding' });
    default:
      return typeof error.status === 'number' && error.status >= 400 && error.status < 500
        ? new AppError('bad_request', reason)
        : undefined;
  }
}

/** Field problems with a catalogue entry get their message in `locale`; `text` stays server-side. */
const localizedDetails = (details: unknown, locale: Locale): unknown =>
  Array.isArray(details)
    ? details.map((d) => {
        if (typeof d !== 'object' || d === null || !('text' in d)) return d;
        const { text, ...rest } = d as { text: ErrorText };
        return { ...rest, message: say(locale, text) };
      })
    : details;

export function errorHandlerFor(defaultLocale: Locale): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known =
      // a verify hook's AppError comes back from body-parser with its status kept
      isAppError(error)
        ? error
        : error instanceof DeliveryError
          ? platformFailure(error)
          : typeof error === 'object' && error !== null
            ? httpFailure(error)
            : undefined;
    if (!known) {
      req.log?.error({ err: error }, 'unhandled error');
      res.status(500).json({ error: { code: 'internal', message: 'internal error' } });
      return;
    }
    if (known.status >= 500) req.log?.error({ err: error }, known.message);
    const locale = callerLocale(req, res, defaultLocale);
    const retryAfterMs = (known.details as { retryAfterMs?: number } | undefined)?.retryAfterMs;
    if (known.status === 429 && retryAfterMs !== undefined) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))));
    }
    const fields = known.status < 500 ? fieldErrorsOf(known.details, (text) => say(locale, text)) : undefined;
    res.status(known.status).json({
      error: {
        code: known.code,
        message: known.text ? say(locale, known.text) : known.message,
        details: localizedDetails(known.details, locale),
        ...(fields && { fields }),
      },
    });
  };
}
