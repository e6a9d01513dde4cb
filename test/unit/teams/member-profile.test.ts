/** What a Teams member lookup says about membership and email. */
import assert from 'node:assert/strict';
import { memberEmailOf, memberKind } from '../../../bots/teams/turn/member-profile.js';

describe('Teams member profile', () => {
  it('calls guests and anonymous participants guests, tenant users members', () => {
    assert.equal(memberKind({ userRole: 'guest', tenantId: 't1' }, 't1'), 'guest');
    assert.equal(memberKind({ userRole: 'anonymous' }, 't1'), 'guest');
    assert.equal(memberKind({ userRole: 'user', tenantId: 't1' }, 't1'), 'member');
    assert.equal(memberKind({}, 't1'), undefined);
  });

  it('calls a member whose home tenant is not the conversation tenant a guest', () => {
    assert.equal(memberKind({ userRole: 'user', tenantId: 'fabrikam' }, 'contoso'), 'guest');
    assert.equal(memberKind({ tenantId: 'fabrikam' }, 'contoso'), 'guest');
    assert.equal(
      memberKind({ tenantId: 'fabrikam' }, ''),
      undefined,
      'no conversation tenant to compare with',
    );
  });

  it('takes the email, else a user principal name that looks like one', () => {
    assert.equal(memberEmailOf({ email: 'a@x.example', userPrincipalName: 'b@x.example' }), 'a@x.example');
    assert.equal(memberEmailOf({ userPrincipalName: 'b@x.example' }), 'b@x.example');
    assert.equal(memberEmailOf({ userPrincipalName: 'live.com#b' }), undefined);
  });
});
