/** DATABASE_PREPARED_STATEMENTS: on unless a transaction-mode pooler asks for it off. */
import assert from 'node:assert/strict';
import { loadConfig } from '../../../shared/config/config.js';

describe('prepared statements configuration', () => {
  it('names PostgreSQL statements by default, not with 0 or false', () => {
    assert.equal(loadConfig({}).databasePreparedStatements, true);
    assert.equal(loadConfig({ DATABASE_PREPARED_STATEMENTS: '1' }).databasePreparedStatements, true);
    assert.equal(loadConfig({ DATABASE_PREPARED_STATEMENTS: '0' }).databasePreparedStatements, false);
    assert.equal(loadConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements, false);
  });

  it('refuses another value, naming the variable', () => {
    assert.throws(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: 'yes' }), /DATABASE_PREPARED_STATEMENTS/);
  });
});
