/** Which Slack request bodies Bolt can route (bots/slack/http/payload-shape.ts). */
import assert from 'node:assert/strict';
import { slackPayloadProblem } from '../../../bots/slack/http/payload-shape.js';

const user = { id: 'U1', team_id: 'T1' };
const event = (e: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'event_callback',
  team_id: 'T1',
  event: e,
  ...extra,
});

describe('Slack payload shapes', () => {
  it('accepts what Slack sends', () => {
    for (const body of [
      { type: 'url_verification', challenge: 'c' },
      { ssl_check: '1', token: 'x' },
      { command: '/relais', user_id: 'U1', team_id: 'T1', text: '' },
      event({ type: 'app_mention', user: 'U1', channel: 'C1', text: 'hi' }),
      event({ type: 'team_join', user: { id: 'U2', name: 'n' } }),
      event({ type: 'channel_created', channel: { id: 'C1', creator: 'U1' } }),
      event({ type: 'app_uninstalled' }, { team_id: undefined, authorizations: [{ team_id: 'T1' }] }),
      { type: 'block_actions', user, team: { id: 'T1' }, actions: [{ action_id: 'a' }] },
      { type: 'block_actions', user, team: null, enterprise: { id: 'E1' }, actions: [{ action_id: 'a' }] },
      { type: 'view_submission', user, team: { id: 'T1' }, view: { id: 'V1', callback_id: 'c' } },
      { type: 'shortcut', user, team: { id: 'T1' }, callback_id: 'poll' },
      { type: 'message_action', user, team: { id: 'T1' }, callback_id: 'news', channel: { id: 'C1' } },
    ]) {
      assert.equal(slackPayloadProblem(body), undefined, JSON.stringify(body));
    }
  });

  it('names what Bolt could not route', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      ['text', /not an object/],
      [[], /not an object/],
      [{ foo: 'bar' }, /no type/],
      [{ type: 'toString' }, /unknown payload type/],
      [event(null), /event is not an object/],
      [event('text'), /event is not an object/],
      [event({ user: 'U1' }), /event has no type/],
      [event({ type: 'team_join', user: null }), /event.user/],
      [event({ type: 'team_join', user: 'U1' }), /team_join without a user object/],
      [event({ type: 'app_home_opened' }), /without a user id/],
      [event({ type: 'message', channel: null }), /event.channel/],
      [event({ type: 'app_mention', user: 'U1' }, { team_id: null }), /no team/],
      [{ type: 'view_submission', user, view: null }, /view is not a view/],
      [{ type: 'block_actions', user, actions: null }, /actions/],
      [{ type: 'block_actions', actions: [{}] }, /without a user/],
      [{ type: 'block_actions', user, channel: null, actions: [{}] }, /channel is null/],
      [{ command: '/relais', team_id: 'T1' }, /without user_id/],
    ];
    for (const [body, why] of cases)
      assert.match(slackPayloadProblem(body) ?? 'none', why, JSON.stringify(body));
  });
});
