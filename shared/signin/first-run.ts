/**
 * What `npm start` prints about the console's way in: the one-time setup link while no
 * administrator exists, or why the console stays closed on a public interface.
 */
import type { Locale } from '../i18n/i18n.js';
import type { ConsoleSignin } from './console-signin.js';
import { signinText } from './signin-i18n.js';

export async function firstRunLines(
  signin: ConsoleSignin,
  publicUrl: string,
  locale: Locale,
): Promise<string[]> {
  if (!signin.consoleOpen) return [`  ${signinText(locale, 'signin.cli.closed')}`];
  const token = await signin.setup.issueIfNoAdmin();
  if (!token) return [];
  return [
    '',
    `  ${signinText(locale, 'signin.cli.setup_link')}`,
    `    ${publicUrl}/auth/setup?token=${token}`,
    '',
  ];
}
