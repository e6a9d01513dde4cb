/** Turns an API or Teams failure into one sentence in the reader's language. */
import { ApiError } from '../api/api-client.js';
import { SsoError } from '../host/teams-host.js';
import type { Translate } from '../i18n/i18n.js';

export function describeError(error: Error, t: Translate): string {
  if (error instanceof SsoError) return t('error.sso', { message: error.message });
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 401) return t('error.unauthenticated', { message: error.message });
    return t('error.server', { status: error.status, message: error.message });
  }
  return t('error.server', { status: '—', message: error.message });
}
