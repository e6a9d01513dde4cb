/**
 * Extra Teams host origins this deployment trusts, served by the server at /tabs/config.json
 * (TAB_ALLOWED_HOST_ORIGINS). teams-js already trusts Microsoft's own hosts; this list only adds
 * what an operator configured (a test host, a sovereign cloud), never what a URL asks for.
 */
export interface TabConfig {
  allowedHostOrigins: string[];
}

export async function loadTabConfig(signal?: AbortSignal): Promise<TabConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
    signal,
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const body = (await response.json()) as Partial<TabConfig>;
  const origins = Array.isArray(body.allowedHostOrigins) ? body.allowedHostOrigins : [];
  return { allowedHostOrigins: origins.filter((o): o is string => typeof o === 'string') };
}
