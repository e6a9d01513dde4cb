import assert from 'node:assert/strict';
import { EnvFileError, parseEnvFile } from '../../../manifests/env-file.js';

describe('env file parser', () => {
  it('reads KEY=VALUE lines, comments, export, quotes and empty values', () => {
    const values = parseEnvFile(
      [
        '# a comment',
        '',
        'PLAIN=value',
        'export EXPORTED=yes',
        'EMPTY=',
        'SPACED = padded  ',
        'WITH_COMMENT=abc # trailing comment',
        'URL=https://example.com/#anchor',
        'DOUBLE="two words # not a comment"',
        "SINGLE='single'",
      ].join('\n'),
    );
    assert.deepEqual(values, {
      PLAIN: 'value',
      EXPORTED: 'yes',
      EMPTY: '',
      SPACED: 'padded',
      WITH_COMMENT: 'abc',
      URL: 'https://example.com/#anchor',
      DOUBLE: 'two words # not a comment',
      SINGLE: 'single',
    });
  });

  it('names the file and line of a malformed line', () => {
    assert.throws(
      () => parseEnvFile('OK=1\nthis is not an assignment\n', 'env/.env.test'),
      (error: unknown) => error instanceof EnvFileError && /env\/\.env\.test:2/.test(error.message),
    );
  });

  it('rejects an unterminated quote', () => {
    assert.throws(() => parseEnvFile('A="open'), /unterminated/);
  });
});
