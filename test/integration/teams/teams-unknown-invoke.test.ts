/**
 * Invokes Relais does not handle (a name botbuilder answers 501 NotImplemented, an unknown name,
 * no name) are answered 200 with an empty JSON body and logged at WARN: Teams shows an error to
 * the person for any other status. Through the real botbuilder adapter, in local mode, against
 * the recording fake connector.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { invokeActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';

describe('Teams: invokes Relais does not handle', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  let scene: TeamsScene;

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
    scene = {
      serviceUrl: connector.url,
      tenantId: 'tenant-invokes',
      user: teamsUser('Ines'),
      locale: 'fr-FR',
    };
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });

  const unhandled: [string, string | undefined, unknown][] = [
    ['an unknown name', 'relais/unknown', {}],
    ['a message-extension query (botbuilder: 501)', 'composeExtension/query', { commandId: 'search' }],
    ['a tab fetch (botbuilder: 501)', 'tab/fetch', {}],
    ['a config fetch (botbuilder: 501)', 'config/fetch', {}],
    ['an invoke without a name', undefined, {}],
  ];
  for (const [what, name, value] of unhandled) {
    it(`answers 200 {} to ${what}, with a warning naming the invoke`, async () => {
      const warn = sinon.spy(relais.core.logger, 'warn');
      try {
        const activity = invokeActivity(scene, name as string, value);
        if (name === undefined) delete activity.name;
        const response = await postActivity(relais.url, activity);
        assert.equal(response.status, 200, JSON.stringify(response.body));
        assert.deepEqual(response.body, {});
        assert.ok(
          warn.getCalls().some((call) => /invoke Relais does not handle/.test(String(call.args.at(-1)))),
          'a warning',
        );
      } finally {
        warn.restore();
      }
      assert.deepEqual(connector.sentActivities(), [], 'nothing was sent to the person');
    });
  }
});
