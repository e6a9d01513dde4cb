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

  describe('Slack Connect', () => {
    const home = { teamId: 'T_HOME' };
    const member = { ...user, team_id: 'T_HOME', is_restricted: false, is_ultra_restricted: false };

    it('calls a user of another organisation a guest, although Slack says unrestricted', () => {
      assert.equal(slackProfileOf({ ...member, team_id: 'T_PARTNER' }, home).kind, 'guest');
      assert.equal(
        slackProfileOf(
          {
            ...member,
            team_id: 'T_PARTNER',
            enterprise_user: { enterprise_id: 'E_PARTNER', teams: ['T_PARTNER'] },
          },
          { teamId: 'T_HOME', enterpriseId: 'E_HOME' },
        ).kind,
        'guest',
      );
    });

    it('calls a stranger a guest whatever the team', () => {
      assert.equal(slackProfileOf({ ...member, is_stranger: true }, home).kind, 'guest');
    });

    it('keeps members of the workspace and of its Enterprise Grid organisation', () => {
      assert.equal(slackProfileOf(member, home).kind, 'member');
      const gridUser = { ...member, team_id: 'T_SISTER', enterprise_user: { enterprise_id: 'E_HOME' } };
      assert.equal(slackProfileOf(gridUser, { teamId: 'T_HOME', enterpriseId: 'E_HOME' }).kind, 'member');
      assert.equal(slackProfileOf(gridUser, { teamId: 'E_HOME' }).kind, 'member', 'org-wide install');
      const inBoth = {
        ...member,
        team_id: 'T_SISTER',
        enterprise_user: { enterprise_id: 'E_HOME', teams: ['T_SISTER', 'T_HOME'] },
      };
      assert.equal(slackProfileOf(inBoth, home).kind, 'member', 'also in this workspace');
    });
  });
});
