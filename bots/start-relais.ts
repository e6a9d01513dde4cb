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
import { createSlackSurface } from './slack/slack-surface.js';
import { createTeamsSurface, type TeamsSurfaceOptions } from './teams/teams-surface.js';

export interface StartOptions {
  env?: Record<string, string | undefined>;
  logger?: Logger;
  /** Teams adapter overrides (tests with auth on supply the outbound token source) */
  teams?: TeamsSurfaceOptions;
}

export interface RunningRelais {
  url: string;
  port: number;
  config: Config;
  core: Core;
  surfaces: ChatSurface[];
  server: Server;
  close(): Promise<void>;
}

export async function startRelais(options: StartOptions = {}): Promise<RunningRelais> {
  const config = loadConfig(options.env ?? process.env);
  const logger = options.logger ?? createLogger(config.logLevel);
  const core = await createCore(config, logger);
  const surfaces = [createTeamsSurface(core, options.teams), await createSlackSurface(core)].filter(
    (s): s is ChatSurface => s !== undefined,
  );
  for (const surface of surfaces) if (surface.messenger) core.messengers.register(surface.messenger);

  const metrics = createMetrics();
  const app = createHttpApp(core, {
    surfaces,
    metrics,
    routers: [
      { path: '/api/v1', router: createApiRouter(core) },
      { path: '/tabs', router: createTabsRouter(core) },
      { path: '/', router: createOpsRouter(core, metrics) },
    ],
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, '0.0.0.0', () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  for (const surface of surfaces) await surface.start?.();

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    core,
    surfaces,
    server,
    close() {
      closing ??= (async () => {
        for (const surface of surfaces) await surface.stop?.();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections?.();
        await core.close();
      })();
      return closing;
    },
  };
}
