/**
 * Starts a real Relais server for a test: port 0, a fresh temporary data directory, quiet logs,
 * and whatever environment the test adds. Pass DATABASE_URL / REDIS_URL to run on the servers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelais, type StartOptions, startRelais } from '../../bots/start-relais.js';

export interface TestRelais extends RunningRelais {
  dataDir: string;
}

export async function startTestRelais(
  env: Record<string, string | undefined> = {},
  options: Omit<StartOptions, 'env'> = {},
): Promise<TestRelais> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-'));
  let relais: RunningRelais;
  try {
    relais = await startRelais({
      ...options,
      env: {
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        DEFAULT_LOCALE: 'fr',
        ...env,
      },
    });
  } catch (error) {
    // tests that expect a refused start must not leave their data directory behind
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...relais,
    dataDir,
    async close() {
      await relais.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
