/**
 * The manifests offer the commands the server registers, read from a core composed like the
 * server's (on a throwaway store): every one of them answers, none says "not available yet".
 */
import assert from 'node:assert/strict';
import { registeredCommands } from '../../../bots/registered-commands.js';
import { loadConfig } from '../../../shared/config/config.js';
import { startTestRelais } from '../../harness/relais.js';

describe('commands offered by the manifests', () => {
  it('are the commands a running server registers', async function () {
    this.timeout(60_000);
    const relais = await startTestRelais({});
    try {
      const offered = await registeredCommands(loadConfig({}));
      assert.deepEqual(offered, relais.core.commands.registered());
      assert.ok(offered.includes('help') && offered.includes('poll'));
      const actor = (await relais.core.people.signIn({ tenantId: 't', aadObjectId: 'o', displayName: 'A' }))!;
      for (const name of offered) {
        if (name === 'help') continue;
        const answer = await relais.core.commands
          .execute({ text: name, actor, locale: 'en', platform: 'teams' })
          .catch(() => undefined);
        assert.doesNotMatch(answer?.card?.summary ?? '', /not available yet/, name);
      }
    } finally {
      await relais.close();
    }
  });
});
