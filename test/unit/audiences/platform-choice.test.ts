import assert from 'node:assert/strict';
import { choosePlatform, type PlatformCandidate } from '../../../shared/audiences/platform-choice.js';
import { reasonMessage } from '../../../shared/directory/person-reach.js';

const teams: PlatformCandidate = { platform: 'teams' };
const slack: PlatformCandidate = { platform: 'slack' };
const teamsPending: PlatformCandidate = { platform: 'teams', pending: true };

describe('Platform choice: one copy per person', () => {
  it('a single account is the answer whatever the leanings; none is none', () => {
    assert.equal(choosePlatform([slack], { preferred: 'teams' }, 'teams'), slack);
    assert.equal(choosePlatform([], {}, 'teams'), undefined);
  });

  it('their choice, else the platform used last, else DEFAULT_PLATFORM', () => {
    assert.equal(choosePlatform([teams, slack], { preferred: 'slack', lastUsed: 'teams' }, 'teams'), slack);
    assert.equal(choosePlatform([teams, slack], { lastUsed: 'slack' }, 'teams'), slack);
    assert.equal(choosePlatform([teams, slack], {}, 'slack'), slack);
    assert.equal(choosePlatform([teams, slack], {}, 'teams'), teams);
  });

  it('an account waiting for its install comes after a reachable one, unless it is their choice', () => {
    assert.equal(choosePlatform([teamsPending, slack], {}, 'teams'), slack);
    assert.equal(choosePlatform([teamsPending, slack], { lastUsed: 'teams' }, 'teams'), slack);
    assert.equal(choosePlatform([teamsPending, slack], { preferred: 'teams' }, 'slack'), teamsPending);
    assert.equal(choosePlatform([teamsPending], {}, 'slack'), teamsPending);
  });
});

describe('Reach reasons in the reader’s language', () => {
  it('names the code in French or English, with the platform’s own words after it', () => {
    assert.equal(reasonMessage('en', 'no_account'), 'No account on this platform');
    assert.equal(reasonMessage('fr', 'dm'), 'Joignable par message direct (sans premier contact)');
    assert.equal(
      reasonMessage('en', 'install_refused: 403 Forbidden: blocked by policy'),
      'Install refused by Teams (403 Forbidden: blocked by policy)',
    );
    assert.equal(
      reasonMessage('fr', 'installed; chat_lookup_failed: 404 NotFound'),
      'Joignable : Relais a été installé pour cette personne (chat_lookup_failed: 404 NotFound)',
    );
    // an unknown code reads as a failed install, never as the raw key
    assert.match(reasonMessage('en', 'something_else: 500'), /^Install failed/);
  });
});
