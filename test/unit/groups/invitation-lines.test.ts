/** Reading pasted lines and CSVs of invitations, judging each line, and splitting waves. */
import assert from 'node:assert/strict';
import { judgeLines, readInvitationText } from '../../../shared/groups/invitations/invitation-lines.js';
import { checkWaves, splitWaves } from '../../../shared/groups/invitations/invitation-waves.js';
import { readLocalTime } from '../../../shared/groups/invitations/local-time.js';

describe('invitation lines', () => {
  it('reads pasted lines with an optional name and company, by commas, semicolons or tabs', () => {
    const lines = readInvitationText('a@x.com\n\nB@X.com; Bea Martin; Acme\nc@x.com\tCé\n');
    assert.deepEqual(lines, [
      { line: 1, address: 'a@x.com', displayName: undefined, company: undefined },
      { line: 3, address: 'B@X.com', displayName: 'Bea Martin', company: 'Acme' },
      { line: 4, address: 'c@x.com', displayName: 'Cé', company: undefined },
    ]);
  });

  it('reads `Name <address>, company` as a mail client copies it, the company optional', () => {
    const lines = readInvitationText('Bea Martin <bea@acme.com>, Acme\nJo D <jo@d.fr>\n<x@y.fr>\n');
    assert.deepEqual(lines, [
      { line: 1, address: 'bea@acme.com', displayName: 'Bea Martin', company: 'Acme' },
      { line: 2, address: 'jo@d.fr', displayName: 'Jo D', company: undefined },
      { line: 3, address: 'x@y.fr', displayName: undefined, company: undefined },
    ]);
  });

  it('refuses a text it cannot read (a quote closed mid-cell) with the line, as a 400', () => {
    assert.throws(
      () => readInvitationText('a@x.com\n"b@x.com"c, B\n'),
      (error: { status?: number; text?: { params?: { line?: number } } }) =>
        error.status === 400 && error.text?.params?.line === 2,
    );
  });

  it('reads a CSV by its header, quotes and columns in any order', () => {
    const lines = readInvitationText('Entreprise,Nom,E-mail\n"Dupont, fils",Jo,jo@d.fr\n');
    assert.deepEqual(lines, [{ line: 2, address: 'jo@d.fr', displayName: 'Jo', company: 'Dupont, fils' }]);
  });

  it('judges each line on its own: syntax, blocked and allowed domains (subdomains too), duplicates', () => {
    const { accepted, errors } = judgeLines(
      [
        { line: 1, address: ' Ana@Partner.com ' },
        { line: 2, address: 'ana@partner.com' },
        { line: 3, address: 'x@@partner.com' },
        { line: 4, address: 'y@eu.partner.com' },
        { line: 5, address: 'z@bad.partner.com' },
        { line: 6, address: 'w@other.org' },
        { line: 7, address: 'v@partner.com', company: 'c'.repeat(201) },
      ],
      { allowed: ['@partner.com'], blocked: ['bad.partner.com'] },
    );
    assert.deepEqual(
      accepted.map((l) => l.address),
      ['ana@partner.com', 'y@eu.partner.com'],
    );
    assert.deepEqual(
      errors.map((e) => [e.line, e.code]),
      [
        [2, 'duplicate_line'],
        [3, 'invalid_address'],
        [5, 'domain_blocked'],
        [6, 'domain_not_allowed'],
        [7, 'too_long'],
      ],
    );
  });
});

describe('invitation waves', () => {
  const now = new Date('2026-12-07T09:00:00Z');
  const lines = Array.from({ length: 5 }, (_, i) => ({ line: i + 1, address: `g${i}@x.com` }));

  it('splits in order: each wave its size, the last the rest; now when no time', () => {
    const monday = '2026-12-14T08:00:00.000Z';
    const waves = splitWaves(lines, [{ size: 2 }, { at: monday }], now);
    assert.deepEqual(
      waves.map((w) => [w.dueAt.toISOString(), w.lines.map((l) => l.line)]),
      [
        [now.toISOString(), [1, 2]],
        [monday, [3, 4, 5]],
      ],
    );
    assert.deepEqual(
      splitWaves(lines, [], now).map((w) => w.lines.length),
      [5],
    );
  });

  it('refuses a wave in the past, beyond a year, or without a size before the last', () => {
    const problems = checkWaves(
      [{ at: '2026-12-01T09:00:00Z', size: 1 }, { at: '2028-01-01T00:00:00Z' }, { size: 0 }],
      now,
    );
    assert.deepEqual(
      problems.map((p) => [p.field, p.code]),
      [
        ['waves.0.at', 'wave_in_past'],
        ['waves.1.at', 'wave_too_far'],
        ['waves.1.size', 'wave_size'],
        ['waves.2.size', 'wave_size'],
      ],
    );
    assert.deepEqual(checkWaves([{ size: 50 }, { at: '2026-12-07T08:59:30Z' }], now), []);
  });
});

describe('a wave time typed in chat', () => {
  it('reads "YYYY-MM-DD HH:MM" in the manager’s zone, summer and winter; refuses the rest', () => {
    assert.equal(
      readLocalTime('2027-01-11 09:00', 'Europe/Paris')?.toISOString(),
      '2027-01-11T08:00:00.000Z',
    );
    assert.equal(
      readLocalTime('2027-07-05T09:30', 'Europe/Paris')?.toISOString(),
      '2027-07-05T07:30:00.000Z',
    );
    assert.equal(
      readLocalTime('2027-03-28 02:30', 'Europe/Paris')?.toISOString(),
      '2027-03-28T01:30:00.000Z',
    );
    assert.equal(
      readLocalTime('2027-01-11 09:00', 'America/New_York')?.toISOString(),
      '2027-01-11T14:00:00.000Z',
    );
    for (const bad of ['2027-02-31 09:00', 'lundi 9h', '2027-01-11 24:00', '11/01/2027 09:00'])
      assert.equal(readLocalTime(bad, 'Europe/Paris'), undefined, bad);
  });
});
