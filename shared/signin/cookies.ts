/** Reading and writing the sign-in cookies (no cookie-parser: two cookies do not need one). */
import type { Request, Response } from 'express';

export const sessionCookie = 'relais_session';
export const attemptCookie = 'relais_signin';
/** set beside the attempt when the setup administrator links an account: holds that attempt's state */
export const linkCookie = 'relais_link';

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      const value = part.slice(at + 1).trim();
      // our values are base64url: anything else was not set by us
      return /^[\w-]{1,200}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export interface CookieOptions {
  /** https (PUBLIC_URL, or the request as the trusted proxy tells) */
  secure: boolean;
  path: string;
  /** seconds; 0 removes the cookie; unset = until the browser closes */
  maxAge?: number;
}

/** httpOnly (scripts never read it) and SameSite=Lax (other sites' forms do not send it). */
export function setCookie(res: Response, name: string, value: string, options: CookieOptions): void {
  const parts = [`${name}=${value}`, `Path=${options.path}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  res.append('Set-Cookie', parts.join('; '));
}
