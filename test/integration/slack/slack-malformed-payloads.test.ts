/**
 * Correctly signed Slack requests whose payload is malformed (`payload=null`, a null or string
 * `event`, `view: null`, `team_join` with a null user, JSON that is not an object...) are
 * acknowledged with a 200 — Slack retries any other answer — and logged at WARN; they never
 * reach a listener and never answer 500. Over HTTP into the real Bolt receiver.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { pollUntil } from '../../harness/eventually.js';
import { eventCallback, postToSlackEndpoint, signedRequest } from '../../harness/slack-signing.js';
import { ENGLISH, SECRET, TEAM, useSlackWorld } from './slack-world.js';

const form = (payload: string) => `payload=${encodeURIComponent(payload)}`;
const json = (value: unknown) => JSON.stringify(value);
const envelope = (event: unknown) => ({ ...eventCallback({ teamId: TEAM, event: {} }), event });

/** [what, body, content type] */
const malformed: [string, string, string][] = [
  ['payload=null', form('null'), 'form'],
  ['payload="text"', form('"text"'), 'form'],
  ['payload=42', form('42'), 'form'],
  ['payload=[]', form('[]'), 'form'],
  ['payload that is not JSON', form('{"type":'), 'form'],
  ['a form without payload nor command', 'foo=bar', 'form'],
  [
    'view_submission with view: null',
    form(
      json({
        type: 'view_submission',
        team: { id: TEAM },
        user: { id: ENGLISH.id, team_id: TEAM },
        view: null,
      }),
    ),
    'form',
  ],
  [
    'view_closed with view: "x"',
    form(
      json({ type: 'view_closed', team: { id: TEAM }, user: { id: ENGLISH.id, team_id: TEAM }, view: 'x' }),
    ),
    'form',
  ],
  [
    'block_actions with actions: null',
    form(
      json({
        type: 'block_actions',
        team: { id: TEAM },
        user: { id: ENGLISH.id, team_id: TEAM },
        actions: null,
      }),
    ),
    'form',
  ],
  ['event: null', json(envelope(null)), 'json'],
  ['event: "text"', json(envelope('text')), 'json'],
  ['event: []', json(envelope([])), 'json'],
  ['event without a type', json(envelope({ user: ENGLISH.id })), 'json'],
  ['team_join with user: null', json(envelope({ type: 'team_join', user: null })), 'json'],
  ['team_join with user: "U1"', json(envelope({ type: 'team_join', user: 'U1' })), 'json'],
  [
    'app_home_opened with user: null',
    json(envelope({ type: 'app_home_opened', user: null, tab: 'home' })),
    'json',
  ],
  ['a JSON body that is null', 'null', 'json'],
  ['a JSON body that is an array', '[]', 'json'],
  ['event_callback without team_id', json({ ...envelope({ type: 'app_mention' }), team_id: null }), 'json'],
];

describe('Slack: malformed signed payloads are acknowledged, never a 500', () => {
  const world = useSlackWorld();

  for (const [what, body, type] of malformed) {
    it(`answers 200 to ${what} and logs a warning`, async () => {
      const warn = sinon.spy(world.relais.core.logger, 'warn');
      try {
        const contentType = type === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
        const response = await postToSlackEndpoint(
          world.relais.url,
          signedRequest(body, contentType, { secret: SECRET }),
        );
        assert.equal(response.status, 200, `${what}: ${response.status} ${await response.text()}`);
        await pollUntil(
          () => warn.getCalls().some((call) => /malformed Slack payload/.test(String(call.args.at(-1)))),
          (seen) => seen,
          { what: 'a warning naming the malformed payload' },
        );
      } finally {
        warn.restore();
      }
    });
  }

  it('still refuses a malformed payload whose signature is wrong (401), and serves the next good one', async () => {
    const forged = signedRequest(form('null'), 'application/x-www-form-urlencoded', {
      secret: 'not-the-secret',
    });
    assert.equal((await postToSlackEndpoint(world.relais.url, forged)).status, 401);
    const good = await world.event(
      eventCallback({ teamId: TEAM, event: { type: 'app_home_opened', user: ENGLISH.id, tab: 'home' } }),
    );
    assert.equal(good.status, 200);
    await world.fake.waitForCall('views.publish');
  });
});
