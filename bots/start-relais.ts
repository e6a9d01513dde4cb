/**
 * Starts one Relais server: configuration, core, chat surfaces, HTTP. Used by main.ts and by the
 * integration tests (port 0, environment passed explicitly), so both run the same composition.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiRouter } from '../shared/api/api-router.js';
import { type Config, loadConfig } from '../shared/config/config.js';
import { type Core, createCore } from '../shared/core.js';
import type { ChatSurface } from '../shared/http/chat-surface.js';
import { createHttpApp } from '../shared/http/create-http-app.js';
import { createMetrics } from '../shared/http/metrics.js';
import { createOpsRouter } from '../shared/http/ops-router.js';
import { createTabsRouter } from '../shared/http/tabs-router.js';
import { createLogger, type Logger } from '../shared/logging/logger.js';
import type { ConsoleSignin } from '../shared/signin/console-signin.js';
import { consoleGuard, createSigninRouter } from '../shared/signin/signin-router.js';
import { isSupervisedServer } from './server-processes.js';
import { createSlackSurface } from './slack/slack-surface.js';
import { assertLocalModeIsLocal } from './teams/adapter/inbound-guards.js';
import { createTeamsSurface, type TeamsSurfaceOptions } from './teams/teams-surface.js';

/** how long close() lets in-flight requests finish before cutting their connections */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface StartOptions {
  env?: Record<string, string | undefined>;
  logger?: Logger;
  /** Teams adapter overrides (tests with auth on supply the outbound token source) */
  teams?: TeamsSurfaceOptions;
  /** close(): wait this long for in-flight requests (default SHUTDOWN_GRACE_MS) */
  shutdownGraceMs?: number;
  /** the console sign-in's clock (sessions, setup links); tests move it by hand */
  clock?: () => number;
}

export interface RunningRelais {
  url: string;
  port: number;
  config: Config;
  core: Core;
  surfaces: ChatSurface[];
  server: Server;
  /** the standalone console's sign-in (sessions, setup link) */
  signin: ConsoleSignin;
  close(): Promise<void>;
}

export async function startRelais(options: StartOptions = {}): Promise<RunningRelais> {
  const config = loadConfig(options.env ?? process.env);
  assertLocalModeIsLocal(config);
  const logger = options.logger ?? createLogger(config.logLevel);
  const graceMs = options.shutdownGraceMs ?? SHUTDOWN_GRACE_MS;
  // its job workers wait for the messengers below: a job due at start must be able to send
  const core = await createCore(config, logger, { holdWorkers: true });
  // whatever was opened so far, so a failed start closes it rather than leaving the process hanging
  const surfaces: ChatSurface[] = [];
  let server: Server | undefined;
  const closeAll = async () => {
    const problems: unknown[] = [];
    const attempt = async (what: string, step: () => Promise<void> | undefined) => {
      try {
        await step();
      } catch (error) {
        problems.push(error);
        logger.error({ err: error }, `${what} failed while closing`);
      }
    };
    for (const surface of surfaces) await attempt(`stopping ${surface.name}`, () => surface.stop?.());
    if (server) await attempt('closing the HTTP server', () => closeServer(server!, graceMs));
    await attempt('closing the core', () => core.close());
    if (problems.length) throw problems[0];
  };

  try {
    const teams = config.teams.enabled ? createTeamsSurface(core, options.teams) : undefined;
    for (const surface of [teams, await createSlackSurface(core)]) {
      if (surface) surfaces.push(surface);
    }
    for (const surface of surfaces) if (surface.messenger) core.messengers.register(surface.messenger);
    core.startWorkers();

    const metrics = createMetrics({ gathered: isSupervisedServer() });
    // without PUBLIC_URL and on port 0 (tests), the address is known once listening
    let listeningUrl = config.publicUrl;
    const signin = core.signin({ now: options.clock, baseUrl: () => listeningUrl });
    const app = createHttpApp(core, {
      surfaces,
      metrics,
      routers: [
        { path: '/api/v1', router: createApiRouter(core, signin.authenticate) },
        { path: '/auth', router: createSigninRouter(signin, { config, logger }) },
        { path: '/tabs', router: consoleGuard(signin, config) },
        { path: '/tabs', router: createTabsRouter(core) },
        { path: '/', router: createOpsRouter(core, metrics) },
      ],
    });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.listenHost, () => resolve(s));
      s.once('error', reject);
    });
    const port = (server.address() as AddressInfo).port;
    const url = `http://${reachableHost(config.listenHost)}:${port}`;
    if (config.publicUrl.endsWith(':0')) listeningUrl = url;
    for (const surface of surfaces) await surface.start?.();

    let closing: Promise<void> | undefined;
    return {
      url,
      port,
      config,
      core,
      surfaces,
      server,
      signin,
      close() {
        closing ??= closeAll();
        return closing;
      },
    };
  } catch (error) {
    await closeAll().catch(() => undefined); // each failure is logged; the start failure is the news
    throw error;
  }
}

/**
 * Stops accepting connections and closes idle keep-alive ones, again as requests in flight finish
 * (a connection that just answered would otherwise linger until its keep-alive timeout), and cuts
 * whatever is still open after the grace period.
 */
async function closeServer(server: Server, graceMs: number): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}

/** where this machine reaches a server listening on `host` (any-address binds answer on loopback) */
const reachableHost = (host: string) =>
  host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
