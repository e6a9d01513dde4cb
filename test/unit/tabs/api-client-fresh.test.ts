/**
 * The tabs' generated API types (tabs/src/api/relais-api.d.ts) match the server's OpenAPI document
 * as the current code builds it: a route or schema changed without regenerating fails here, with
 * the command that fixes it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { apiClientCommand, apiClientFile, apiClientText } from '../../../infra/generate-api-client.js';

describe('the tabs API client generated from the OpenAPI document', function () {
  // builds a core on a temporary SQLite directory, then runs openapi-typescript
  this.timeout(60_000);

  it('is up to date with the server document', async () => {
    const expected = await apiClientText();
    const committed = fs.existsSync(apiClientFile) ? fs.readFileSync(apiClientFile, 'utf8') : '';
    assert.ok(
      committed === expected,
      `tabs/src/api/relais-api.d.ts is out of date with the server's OpenAPI document: run \`${apiClientCommand}\` and commit the result`,
    );
  });
});
