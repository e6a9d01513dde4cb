/**
 * The server's OpenAPI document, built offline: a core on a throwaway SQLite directory with no
 * platform settings, its composed routes (`core.routes`), the same builder the server answers /api/v1/openapi.json
 * with. The tab client is generated from this, so it must not depend on a running server or the
 * network. The server URL is fixed so the document does not change with the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiVersion } from '../shared/api/api-router.js';
import { buildOpenApi } from '../shared/api/openapi.js';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';

export type ApiDocument = ReturnType<typeof buildOpenApi>;

export async function buildApiDocument(): Promise<ApiDocument> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-openapi-'));
  try {
    // an explicit, empty environment: the document is the same on every machine
    const core = await createCore(loadConfig({ DATA_DIR: dataDir }), createLogger('silent'));
    try {
      return buildOpenApi(core.routes, { version: apiVersion, serverUrl: '/api/v1' });
    } finally {
      await core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
