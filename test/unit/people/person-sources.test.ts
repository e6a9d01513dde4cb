import assert from 'node:assert/strict';
import { mergeSources, type SourceRow, unattributedValues } from '../../../shared/people/person-sources.js';

const current = {
  display_name: 'Old',
  email: 'a@example.com',
  department: null,
  site: null,
  start_date: null,
  locale: null,
  time_zone: null,
  kind: 'member' as const,
  kind_source: null,
  active: 1,
};
const rows = (...list: [string, string, string | null][]): SourceRow[] =>
  list.map(([source, field, value]) => ({ person_id: 'p', source, field, value }));

describe('person sources: the winner of each field', () => {
  it('takes the HR file for department and site, Entra for the name, Slack’s time zone only when alone', () => {
    const merged = mergeSources(
      current,
      rows(
        ['entra', 'department', 'Finances'],
        ['hr', 'department', 'Comptabilité'],
        ['slack', 'site', 'Remote'],
        ['entra', 'display_name', 'Camille'],
        ['hr', 'display_name', 'Camille (RH)'],
        ['slack', 'time_zone', 'Europe/Paris'],
      ),
    );
    assert.equal(merged.patch.department, 'Comptabilité');
    assert.equal(merged.patch.site, 'Remote');
    assert.equal(merged.patch.display_name, 'Camille');
    assert.equal(merged.patch.time_zone, 'Europe/Paris');
    assert.deepEqual(merged.winners, {
      display_name: 'entra',
      department: 'hr',
      site: 'slack',
      time_zone: 'slack',
    });
  });

  it('keeps a guest a guest while another source says member, and reports the disagreement', () => {
    const merged = mergeSources(current, rows(['entra', 'kind', 'member'], ['slack', 'kind', 'guest']));
    assert.equal(merged.patch.kind, 'guest');
    assert.deepEqual(merged.kindConflict, { member: ['entra'], guest: ['slack'] });
    const agreed = mergeSources(current, rows(['entra', 'kind', 'member'], ['slack', 'kind', 'member']));
    assert.equal(agreed.kindConflict, undefined);
    assert.equal(agreed.patch.kind_source, 'directory');
  });

  it('makes a leaver inactive on Entra’s or the HR file’s word; Slack’s only for someone neither knows', () => {
    assert.equal(
      mergeSources(current, rows(['entra', 'active', '0'], ['hr', 'active', '1'])).patch.active,
      0,
    );
    assert.equal(
      mergeSources(current, rows(['hr', 'active', '0'], ['entra', 'active', '1'])).patch.active,
      0,
    );
    assert.equal(
      mergeSources(current, rows(['entra', 'active', '1'], ['slack', 'active', '0'])).patch.active,
      undefined,
    );
    assert.equal(mergeSources(current, rows(['slack', 'active', '0'])).patch.active, 0);
  });

  it('counts values set before sources were recorded as the HR file’s', () => {
    const earlier = {
      ...current,
      department: 'Achats',
      kind: 'guest' as const,
      kind_source: 'directory' as const,
    };
    assert.deepEqual(unattributedValues(earlier, []), { department: 'Achats', kind: 'guest' });
    assert.deepEqual(unattributedValues(earlier, rows(['entra', 'department', 'X'])), { kind: 'guest' });
  });
});
