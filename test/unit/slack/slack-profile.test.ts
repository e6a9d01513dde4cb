/** The profile Relais reads off a Slack users.info user. */
import assert from 'node:assert/strict';
import { slackProfileOf } from '../../../bots/slack/slack-people.js';

describe('Slack profile', () => {
  const user = {
    id: 'U1',
    name: 'lea',
    real_name: 'Léa Martin',
    tz: 'Europe/Paris',
    locale: 'fr-FR',
    profile: { email: 'lea@example.fr' },
  };

  it('reads name, email, locale, time zone and membership', () => {
    assert.deepEqual(slackProfileOf({ ...user, is_restricted: false, is_ultra_restricted: false }), {
      displayName: 'Léa Martin',
      email: 'lea@example.fr',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
      kind: 'member',
    });
  });

  it('calls multi-channel and single-channel guests guests', () => {
    assert.equal(slackProfileOf({ ...user, is_restricted: true, is_ultra_restricted: false }).kind, 'guest');
    assert.equal(slackProfileOf({ ...user, is_restricted: false, is_ultra_restricted: true }).kind, 'guest');
  });

  it('says nothing about membership when Slack did not', () => {
    assert.equal(slackProfileOf(user).kind, undefined);
    assert.deepEqual(slackProfileOf(undefined), {
      displayName: undefined,
      email: undefined,
      locale: undefined,
      timeZone: undefined,
      kind: undefined,
    });
  });
});
