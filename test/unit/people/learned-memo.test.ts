/**
 * The memo that lets learn() skip the link checks for someone learned with the very same profile:
 * any change of what the platform says misses it, and it forgets after its time and past its size.
 */
import assert from 'node:assert/strict';
import type { PlatformIdentity } from '../../../shared/messaging/messenger.js';
import { createLearnedMemo } from '../../../shared/people/learned-memo.js';
import type { PlatformProfile } from '../../../shared/people/person.js';

const identity: PlatformIdentity = { platform: 'slack', tenantId: 'T1', userId: 'U1' };
const profile: PlatformProfile = { displayName: 'Ana', email: 'ana@x.example', kind: 'member' };

describe('Learned memo', () => {
  it('knows an identity only with the very profile it was learned with', () => {
    const memo = createLearnedMemo();
    assert.equal(memo.known(identity, profile), false);
    memo.remember(identity, profile);
    assert.equal(memo.known(identity, { ...profile }), true);
    for (const changed of [
      { ...profile, kind: 'guest' as const },
      { ...profile, email: 'admin@x.example' },
      { ...profile, displayName: 'Ana B.' },
      { ...profile, locale: 'en-US' },
      { ...profile, timeZone: 'Europe/Paris' },
      { ...profile, kind: undefined },
    ]) {
      assert.equal(memo.known(identity, changed), false, JSON.stringify(changed));
    }
    assert.equal(memo.known({ ...identity, aadObjectId: 'other' }, profile), false, 'another object id');
    assert.equal(memo.known({ ...identity, tenantId: 'T2' }, profile), false, 'another workspace');
  });

  it('forgets after its time', () => {
    let now = 1_000;
    const memo = createLearnedMemo(() => now, 100);
    memo.remember(identity, profile);
    now += 99;
    assert.equal(memo.known(identity, profile), true);
    now += 1;
    assert.equal(memo.known(identity, profile), false);
  });

  it('keeps at most its size, dropping the oldest', () => {
    const memo = createLearnedMemo(Date.now, 60_000, 2);
    const other = (userId: string) => ({ ...identity, userId });
    memo.remember(other('A'), profile);
    memo.remember(other('B'), profile);
    memo.remember(other('C'), profile);
    assert.equal(memo.known(other('A'), profile), false);
    assert.equal(memo.known(other('B'), profile), true);
    assert.equal(memo.known(other('C'), profile), true);
  });
});
