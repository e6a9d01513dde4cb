/** The byte pass the API's JSON parser runs before JSON.parse (shared/api/json-body.ts). */
import assert from 'node:assert/strict';
import { jsonBytesProblem, MAX_JSON_DEPTH } from '../../../shared/api/json-body.js';

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
});
