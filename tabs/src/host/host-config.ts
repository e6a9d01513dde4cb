/**
 * What the operator configured for the tab, served by the server at /tabs/config.json: extra
 * Teams host origins this deployment trusts (TAB_ALLOWED_HOST_ORIGINS) — teams-js already trusts
 * Microsoft's own hosts; this list only adds what an operator configured (a test host, a
 * sovereign cloud), never what a URL asks for — the privacy contact (RELAIS_PRIVACY_CONTACT) and
 * the server's DEFAULT_LOCALE, the language spoken when neither the person, Teams nor the browser
 * asks for French or English.
 */
import { type Locale, toLocale } from '../i18n/i18n.js';
import { shareUntilRejected } from './share-until-rejected.js';

export interface TabConfig {
  allowedHostOrigins: string[];
  /** the deploying organisation's data protection contact: an email, a URL or a name */
  privacyContact?: string;
  /** DEFAULT_LOCALE on the server */
  defaultLocale?: Locale;
}

export async function loadTabConfig(signal?: AbortSignal): Promise<TabConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const body = (await response.json()) as Partial<TabConfig>;
  const origins = Array.isArray(body.allowedHostOrigins) ? body.allowedHostOrigins : [];
  const contact = typeof body.privacyContact === 'string' ? body.privacyContact.trim() : '';
  const defaultLocale = toLocale(typeof body.defaultLocale === 'string' ? body.defaultLocale : undefined);
  return {
    allowedHostOrigins: origins.filter((o): o is string => typeof o === 'string'),
    ...(contact ? { privacyContact: contact } : {}),
    ...(defaultLocale ? { defaultLocale } : {}),
  };
}

/**
 * The tab shell's one read of config.json per page load (the Teams handshake and the locale); a
 * failed read is not kept, so the next caller (a retry) asks the server again.
 */
export const sharedTabConfig: () => Promise<TabConfig> = shareUntilRejected(() => loadTabConfig());
