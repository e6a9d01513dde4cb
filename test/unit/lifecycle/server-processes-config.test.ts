/** SERVER_PROCESSES: one server unless asked, a count, or `auto` for one per core. */
import assert from 'node:assert/strict';
import os from 'node:os';
import { loadConfig } from '../../../shared/config/config.js';

describe('server processes configuration', () => {
  it('runs one server by default, the number asked, or one per core with auto', () => {
    assert.equal(loadConfig({}).serverProcesses, 1);
    assert.equal(loadConfig({ SERVER_PROCESSES: '3' }).serverProcesses, 3);
    assert.equal(loadConfig({ SERVER_PROCESSES: 'auto' }).serverProcesses, os.availableParallelism());
  });

  it('refuses zero, fractions, too many and words, naming the variable', () => {
    for (const value of ['0', '1.5', '65', 'many', '-2']) {
      assert.throws(() => loadConfig({ SERVER_PROCESSES: value }), /SERVER_PROCESSES/, value);
    }
  });
});
