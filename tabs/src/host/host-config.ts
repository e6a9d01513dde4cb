/**
 * What the operator configured for the tab, served by the server at /tabs/config.json: extra
 * Teams host origins this deployment trusts (TAB_ALLOWED_HOST_ORIGINS) — teams-js already trusts
 * Microsoft's own hosts; this list only adds what an operator configured (a test host, a
 * sovereign cloud), never what a URL asks for — and the privacy contact (RELAIS_PRIVACY_CONTACT).
 */
export interface TabConfig {
  allowedHostOrigins: string[];
  /** the deploying organisation's data protection contact: an email, a URL or a name */
  privacyContact?: string;
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
  return {
    allowedHostOrigins: origins.filter((o): o is string => typeof o === 'string'),
    ...(contact ? { privacyContact: contact } : {}),
  };
}
