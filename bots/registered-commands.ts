/**
 * The chat commands that answer, as the server registers them (each capability its own), for the
 * manifests: Teams' command lists and Slack's usage hint offer these and nothing that would say
 * "not available yet". Read from a core composed like the server's, on a throwaway SQLite store,
 * so writing a manifest touches no database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandName } from '../shared/commands/commands.js';
import type { Config } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';

export async function registeredCommands(config: Config): Promise<CommandName[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-commands-'));
  try {
    const core = await createCore(
      { ...config, dataDir, databaseUrl: undefined, redisUrl: undefined },
      createLogger('error'),
    );
    try {
      return core.commands.registered();
    } finally {
      await core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
