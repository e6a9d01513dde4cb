/** The byte pass the API's JSON parser runs before JSON.parse (shared/api/json-body.ts). */
import assert from 'node:assert/strict';
import { jsonBytesProblem, MAX_JSON_DEPTH, MAX_JSON_ITEMS } from '../../../shared/api/json-body.js';

const check = (text: string) => jsonBytesProblem(Buffer.from(text, 'utf8'));

describe('API JSON bodies: the byte pass before parsing', () => {
  it('counts nesting of arrays and objects, not brackets inside strings', () => {
    const at = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    assert.equal(check(at(MAX_JSON_DEPTH)), undefined);
    assert.deepEqual(check(at(MAX_JSON_DEPTH + 1)), { kind: 'too_deep', offset: MAX_JSON_DEPTH });
    assert.equal(check(`{"a":"${'['.repeat(1000)}","b":"\\"[[[["}`), undefined);
    assert.equal(check(`${'{"a":['.repeat(16)}1${']}'.repeat(16)}`), undefined);
    assert.equal(check(`${'{"a":['.repeat(17)}1${']}'.repeat(17)}`)?.kind, 'too_deep');
  });

  it('refuses lone surrogate escapes and NUL, and keeps pairs, escaped backslashes and other escapes', () => {
    assert.equal(check('{"a":"\\ud800"}')?.kind, 'lone_surrogate');
    assert.equal(check('{"a":"\\udc00x"}')?.kind, 'lone_surrogate');
    assert.equal(check('{"a":"\\ud800\\ud800"}')?.kind, 'lone_surrogate');
    assert.equal(check('{"a":"\\uD83D\\uDE00"}'), undefined);
    assert.equal(check('{"a":"\\\\ud800"}'), undefined, 'an escaped backslash, then text');
    assert.equal(check('{"a":"\\u0000"}')?.kind, 'nul');
    assert.equal(check('{"a":"\\u00e9\\n\\t\\"é😀"}'), undefined);
  });

  it('counts the items of each array or object, not commas inside strings or nested lists', () => {
    const list = (n: number) => `[${Array(n).fill('0').join(',')}]`;
    assert.equal(check(list(MAX_JSON_ITEMS)), undefined);
    assert.equal(check(list(MAX_JSON_ITEMS + 1))?.kind, 'too_many_items');
    assert.equal(check(`{"a":"${','.repeat(MAX_JSON_ITEMS * 2)}"}`), undefined);
    const nested = `[${Array(400).fill(list(400)).join(',')}]`;
    assert.equal(check(nested), undefined, '400 lists of 400: no list holds more than 400');
  });
});
