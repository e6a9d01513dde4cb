/**
 * A scripted browser for sign-in tests over HTTP: a cookie jar (by name: the provider and Relais
 * both live on 127.0.0.1), redirects followed by hand, and the local provider's developer login
 * and consent forms filled in. Only what a browser would do, so the flow's checks are the real ones.
 */
export interface Answer {
  status: number;
  url: string;
  location?: string;
  body: string;
  headers: Headers;
}

export class SigninBrowser {
  readonly jar = new Map<string, string>();
  /** every Set-Cookie line Relais or the provider sent, newest last */
  readonly setCookies: string[] = [];

  cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(
    url: string,
    init: { method?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      body: init.body,
      headers: { ...(this.jar.size ? { Cookie: this.cookieHeader() } : {}), ...init.headers },
    });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const location = response.headers.get('location') ?? undefined;
    return {
      status: response.status,
      url,
      location: location ? new URL(location, url).href : undefined,
      body: await response.text(),
      headers: response.headers,
    };
  }

  /**
   * From `start` (Relais' /auth/<provider>/login) through the provider's login (as `login`) and
   * consent, until Relais' callback answers. Returns the callback's answer and the
   * authorization request the provider received.
   */
  async signIn(
    start: string,
    login: string,
    /** relaisOrigin: `start` is the provider's URL itself (as a link's POST answers it) */
    options: { stopAtCallback?: boolean; relaisOrigin?: string } = {},
  ): Promise<{
    callback: Answer;
    authorizationUrl: URL;
    callbackUrl: URL;
  }> {
    const relaisOrigin = options.relaisOrigin ?? new URL(start).origin;
    let answer = await this.request(start);
    if (!answer.location)
      throw new Error(`sign-in did not redirect: ${answer.status} ${answer.body.slice(0, 200)}`);
    const authorizationUrl = new URL(answer.location);
    for (let step = 0; step < 20; step += 1) {
      if (answer.location) {
        const next = new URL(answer.location);
        if (next.origin === relaisOrigin && next.pathname.endsWith('/callback')) {
          if (options.stopAtCallback) return { callback: answer, authorizationUrl, callbackUrl: next };
          return { callback: await this.request(next.href), authorizationUrl, callbackUrl: next };
        }
        answer = await this.request(next.href);
        continue;
      }
      const action = answer.body.match(/<form[^>]*action="([^"]+)"/)?.[1];
      if (answer.status !== 200 || !action)
        throw new Error(`provider answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      const form = answer.body.includes('name="login"')
        ? new URLSearchParams({ prompt: 'login', login, password: 'any' })
        : new URLSearchParams({ prompt: 'consent' });
      answer = await this.request(new URL(action.replace(/&amp;/g, '&'), answer.url).href, {
        method: 'POST',
        body: form.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
    }
    throw new Error('sign-in did not come back to Relais');
  }
}
