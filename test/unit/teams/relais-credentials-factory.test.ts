/** Who the bot is for botbuilder: app id checks, local mode, and where outbound tokens come from. */
import assert from 'node:assert/strict';
import { RelaisCredentialsFactory } from '../../../bots/teams/adapter/relais-credentials-factory.js';
import { loadConfig } from '../../../shared/config/config.js';

const teamsConfig = (env: Record<string, string | undefined>) =>
  loadConfig({ DATA_DIR: '/tmp/relais-unused', ...env }).teams;
const login = 'https://login.microsoftonline.com/botframework.com';

describe('RelaisCredentialsFactory', () => {
  it('is disabled without MICROSOFT_APP_ID and signs nothing', async () => {
    const factory = new RelaisCredentialsFactory(teamsConfig({}));
    assert.equal(await factory.isAuthenticationDisabled(), true);
    assert.equal(await factory.isValidAppId(''), false);
    const credentials = await factory.createCredentials('', undefined, login, true);
    const request = { headers: new Map() };
    // biome-ignore lint/suspicious/noExplicitAny: a minimal request stand-in
    assert.equal(await credentials.signRequest(request as any), request);
    assert.equal(request.headers.size, 0);
  });

  for (const env of [
    {
      MICROSOFT_APP_ID: 'app-1',
      MICROSOFT_APP_PASSWORD: 'secret',
      MICROSOFT_APP_TENANT_ID: 'tenant',
      MICROSOFT_APP_TYPE: 'SingleTenant',
    },
    { MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TYPE: 'MultiTenant' },
    { MICROSOFT_APP_ID: 'app-1', MICROSOFT_APP_TENANT_ID: 'tenant', MICROSOFT_APP_TYPE: 'UserAssignedMSI' },
  ]) {
    it(`with ${env.MICROSOFT_APP_TYPE}, accepts only its own app id and uses botbuilder's stock token flow`, async () => {
      const factory = new RelaisCredentialsFactory(teamsConfig(env));
      assert.equal(await factory.isAuthenticationDisabled(), false);
      assert.equal(await factory.isValidAppId('app-1'), true);
      assert.equal(await factory.isValidAppId('app-2'), false);
      const credentials = await factory.createCredentials(
        'app-1',
        'https://api.botframework.com',
        login,
        true,
      );
      assert.equal(typeof credentials.signRequest, 'function'); // no token is fetched until a call is signed
      await assert.rejects(factory.createCredentials('app-2', undefined, login, true), /app-2/);
    });
  }

  it('uses the supplied outbound token source instead, when given one', async () => {
    const audiences: (string | undefined)[] = [];
    const factory = new RelaisCredentialsFactory(
      teamsConfig({
        MICROSOFT_APP_ID: 'app-1',
        MICROSOFT_APP_PASSWORD: 'secret',
        MICROSOFT_APP_TENANT_ID: 't',
      }),
      async (audience) => {
        audiences.push(audience);
        return { signRequest: async (r) => r };
      },
    );
    await factory.createCredentials('app-1', 'https://api.botframework.com', login, true);
    assert.deepEqual(audiences, ['https://api.botframework.com']);
  });
});
