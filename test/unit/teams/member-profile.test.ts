/** What a Teams member lookup says about membership and email. */
import assert from 'node:assert/strict';
import { memberEmailOf, memberKind, ttlToBoundary } from '../../../bots/teams/turn/member-profile.js';

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

  it('caches until a whole day or hour, so the expiry does not tell when the person acted', () => {
    const day = 24 * 60 * 60 * 1000;
    const hour = 60 * 60 * 1000;
    const moments = [
      Date.UTC(2026, 11, 6, 23, 17, 5, 123),
      Date.UTC(2026, 11, 7, 0, 0, 0, 0),
      Date.UTC(2026, 0, 1, 12),
    ];
    for (const now of moments) {
      for (const period of [day, hour]) {
        const ttl = ttlToBoundary(now, period);
        assert.equal((now + ttl) % period, 0, 'ends on a boundary');
        assert.ok(ttl > period && ttl <= 2 * period, 'after one to two periods');
      }
    }
    // two people acting at different moments of one day get the same expiry
    assert.equal(
      moments[0] + ttlToBoundary(moments[0], day),
      Date.UTC(2026, 11, 6, 22) + ttlToBoundary(Date.UTC(2026, 11, 6, 22), day),
    );
  });
});
