/**
 * Turns an API or Teams failure into sentences in the reader's language: the server's stable code
 * picks the catalogue entry (its own text is for logs and other clients), and a validation error
 * names each refused field in words.
 */
import { ApiError } from '../api/api-client.js';
import { SsoError } from '../host/teams-host.js';
import type { MessageKey, Translate } from '../i18n/i18n.js';
import { describeFieldError } from './field-errors.js';

const codeKey = (code: string): MessageKey => `error.code.${code}` as MessageKey;

export function describeError(error: Error, t: Translate): string {
  if (error instanceof SsoError) return t('error.sso', { message: error.message });
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.code === 'validation_failed' && error.fields.length > 0) {
      const fields = error.fields.map((field) => describeFieldError(field, t)).join(' ; ');
      return t('error.code.validation_failed', { fields });
    }
    // a refused sign-in keeps the server's reason (a wrong audience, an expired token): the
    // person or their administrator needs it to fix the configuration
    if (error.status === 401) return t('error.unauthenticated', { message: error.message });
    const known = t(codeKey(error.code));
    if (known !== codeKey(error.code)) return known;
    return t('error.server', { status: error.status, message: error.message });
  }
  return t('error.server', { status: '—', message: error.message });
}
