/**
 * Console sign-in: OpenID Connect with Entra ID and Slack, server-side sessions, the first-run
 * setup link. Its service is built per server (startRelais) with the server's address and clock.
 */
import { defineCapability } from '../capability/capability.js';
import { type ConsoleSignin, createConsoleSignin } from './console-signin.js';
import { signinMigration } from './migrations/012-signin.js';

export type SigninFactory = (options: { now?: () => number; baseUrl: () => string }) => ConsoleSignin;

export const signin = defineCapability({
  name: 'signin',
  migrations: [{ id: '012-signin', migration: signinMigration }],
  ports: ['config', 'store', 'people', 'events'],
  create(ports) {
    const service: SigninFactory = (options) =>
      createConsoleSignin({ ...ports, now: options.now ?? Date.now, baseUrl: options.baseUrl });
    return { service };
  },
});
