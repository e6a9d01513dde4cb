/**
 * Invokes Relais does not handle (a name botbuilder answers 501 NotImplemented, an unknown name,
 * no name) are answered 200 with an empty JSON body and logged at WARN: Teams shows an error to
 * the person for any other status. Through the real botbuilder adapter, in local mode, against
 * the recording fake connector. Activities that are not well-formed text (nested thousands deep,
 * a lone surrogate) are refused with a 400 before any handler.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  invokeActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
  teamsUser,
} from '../../harness/teams-activities.js';

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

describe('Teams: activities that are not well-formed text', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  let scene: TeamsScene;

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
    scene = { serviceUrl: connector.url, tenantId: 'tenant-text', user: teamsUser('Noor'), locale: 'en-US' };
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });

  it('answers 400 to an activity nested 5,000 deep or whose conversation id holds a lone surrogate, before any handler', async () => {
    const error = sinon.spy(relais.core.logger, 'error');
    try {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const nested = JSON.stringify(messageActivity(scene, 'help')).replace(
        '"text":"help"',
        `"text":"help","value":${deep}`,
      );
      const tooDeep = await postActivity(relais.url, null, { raw: nested });
      assert.equal(tooDeep.status, 400);
      assert.equal(tooDeep.body.error.code, 'too_deeply_nested');
      const lone = JSON.stringify(messageActivity(scene, 'help')).replace(
        /"id":"(a:[^"]*)"/,
        '"id":"a:\\ud800"',
      );
      assert.notEqual(lone, JSON.stringify(messageActivity(scene, 'help')));
      const surrogate = await postActivity(relais.url, null, { raw: lone });
      assert.equal(surrogate.status, 400);
      assert.equal(surrogate.body.error.code, 'invalid_text');
      assert.deepEqual(connector.requests, [], 'no reply was attempted');
      assert.equal(error.callCount, 0, 'nothing logged at ERROR');
    } finally {
      error.restore();
    }
  });
});
