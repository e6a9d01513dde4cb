/**
 * Bodies for `adaptiveCard/action` invoke responses (Universal Actions). The HTTP status is
 * always 200; the body's statusCode and type tell Teams what to show: the refreshed card, a
 * short message, or an error (`application/vnd.microsoft.error`, value `{ code, message }`).
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';

export const messageInvokeResponse = (text: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: text as unknown as Record<string, unknown>, // the schema types `value` as an object; Teams takes a string here
});

export const errorInvokeResponse = (statusCode: 400 | 500, message: string): AdaptiveCardInvokeResponse => ({
  statusCode,
  type: 'application/vnd.microsoft.error',
  value: { code: statusCode === 400 ? 'BadRequest' : 'InternalServerError', message },
});
