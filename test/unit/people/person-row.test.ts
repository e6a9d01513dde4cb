/** People rows: defaults of a new person, search text normalisation, and who decides a kind. */
import assert from 'node:assert/strict';
import { kindFromPlatform, newPersonRow, withSearchText } from '../../../shared/people/person-row.js';
import { containsPattern, normaliseForSearch, searchTextOf } from '../../../shared/people/search-text.js';

describe('people rows', () => {
  it('fills every default of a new person and derives its search text', () => {
    const row = newPersonRow(
      { email: 'lea@example.fr', display_name: 'Léa Martin', site: 'Lyon' },
      '2026-01-01T00:00:00.000Z',
    );
    assert.match(row.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { ...row, id: 'x' },
      {
        id: 'x',
        email: 'lea@example.fr',
        display_name: 'Léa Martin',
        department: null,
        site: 'Lyon',
        manager_id: null,
        start_date: null,
        locale: null,
        time_zone: null,
        kind: 'member',
        kind_source: null,
        active: 1,
        search_text: 'lea martin\nlea@example.fr',
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      },
    );
  });

  it('recomputes the search text only when the name or the email changes', () => {
    const current = { display_name: 'Zoé', email: null };
    assert.deepEqual(withSearchText(current, { site: 'Paris' }), { site: 'Paris' });
    assert.deepEqual(withSearchText(current, { email: 'z@example.fr' }), {
      email: 'z@example.fr',
      search_text: 'zoe\nz@example.fr',
    });
    assert.equal(withSearchText(current, { display_name: 'Zoë Roy' }).search_text, 'zoe roy\n');
  });

  it('folds accents, case, ligatures, compatibility forms and spaces', () => {
    assert.equal(normaliseForSearch('  ÉLODIE   Dürand '), 'elodie durand');
    assert.equal(normaliseForSearch('Œuvre Straße ﬁn'), 'oeuvre strasse fin');
    assert.equal(searchTextOf('Ana', undefined), 'ana\n');
  });

  it('escapes LIKE wildcards and the escape character in a search term', () => {
    assert.equal(containsPattern('Élo'), '%elo%');
    assert.equal(containsPattern('100%'), '%100\\%%');
    assert.equal(containsPattern('a_b\\c'), '%a\\_b\\\\c%');
  });

  it('lets a platform make a member a guest, never the reverse, and never against the directory', () => {
    const guest = { kind: 'guest', kind_source: 'platform' } as const;
    assert.deepEqual(kindFromPlatform({ kind: 'member', kind_source: null }, 'guest'), guest);
    assert.equal(kindFromPlatform({ kind: 'member', kind_source: 'directory' }, 'guest'), undefined);
    assert.equal(kindFromPlatform({ kind: 'guest', kind_source: 'platform' }, 'member'), undefined);
    assert.equal(kindFromPlatform({ kind: 'guest', kind_source: 'directory' }, 'member'), undefined);
    assert.equal(kindFromPlatform({ kind: 'member', kind_source: null }, undefined), undefined);
    assert.equal(kindFromPlatform({ kind: 'member', kind_source: null }, 'unknown'), undefined);
  });

  it('lets any platform answer replace a guest made only because the kind was unknown', () => {
    const guessed = { kind: 'guest', kind_source: 'unknown' } as const;
    assert.deepEqual(kindFromPlatform(guessed, 'member'), { kind: 'member', kind_source: 'platform' });
    assert.deepEqual(kindFromPlatform(guessed, 'guest'), { kind: 'guest', kind_source: 'platform' });
    assert.equal(kindFromPlatform(guessed, 'unknown'), undefined, 'still unknown: still a guest');
    assert.equal(kindFromPlatform(guessed, undefined), undefined);
  });
});
