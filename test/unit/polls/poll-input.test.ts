/**
 * What people type into polls: the quick command syntax, the creation dialog's answers, CSV
 * cells, the draft rules, and the anonymity key (stable per poll and person, secret file 0600).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAppError } from '../../../shared/errors/errors.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { createLogger } from '../../../shared/logging/logger.js';
import {
  anonymityKeyFile,
  anonymousVoterKey,
  loadAnonymityKey,
} from '../../../shared/people/anonymity-key.js';
import { parseQuickPoll } from '../../../shared/polls/poll-command.js';
import { composeInputs, draftFromDialog } from '../../../shared/polls/poll-compose.js';
import { csvCell } from '../../../shared/polls/poll-csv.js';
import { ballotOf, choicesOf, labelKey, pollDraftSchema } from '../../../shared/polls/poll-model.js';

const t = translator('en');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('poll input', () => {
  it('reads the quick syntax with straight, curly and French quotes', () => {
    assert.deepEqual(parseQuickPoll('"Lunch?" "Pizza" “Sushi” «Salade niçoise»'), [
      'Lunch?',
      'Pizza',
      'Sushi',
      'Salade niçoise',
    ]);
    assert.equal(parseQuickPoll('no quotes here'), undefined);
  });

  it('turns the dialog answers into a draft, and refuses mistakes on the right field', () => {
    const draft = draftFromDialog(
      {
        [composeInputs.question]: 'Where?',
        [composeInputs.options]: '- Paris\nLyon\n\n• Nantes',
        [composeInputs.settings]: ['multiple', 'anonymous'],
        [composeInputs.visibility]: 'after_close',
        [composeInputs.hours]: '2',
      },
      'en',
      t,
    );
    assert.deepEqual(
      { ...draft, closesAt: undefined },
      {
        question: 'Where?',
        options: ['Paris', 'Lyon', 'Nantes'],
        maxChoices: 3,
        anonymous: true,
        allowAddOptions: false,
        resultVisibility: 'after_close',
        closesAt: undefined,
        locale: 'en',
      },
    );
    assert.ok(Math.abs(Date.parse(draft.closesAt!) - Date.now() - 7_200_000) < 5_000);
    const fieldOf = (inputs: Record<string, unknown>) => {
      try {
        draftFromDialog(
          { [composeInputs.question]: 'Q?', [composeInputs.options]: 'A\nB', ...inputs },
          'en',
          t,
        );
      } catch (error) {
        assert.ok(isAppError(error));
        return Object.keys((error.details as { fields: Record<string, string> }).fields);
      }
      return [];
    };
    assert.deepEqual(fieldOf({ [composeInputs.options]: 'Only one' }), [composeInputs.options]);
    assert.deepEqual(fieldOf({ [composeInputs.options]: 'Same\nsame' }), [composeInputs.options]);
    assert.deepEqual(fieldOf({ [composeInputs.hours]: 'soon' }), [composeInputs.hours]);
    assert.deepEqual(fieldOf({ [composeInputs.settings]: ['anonymous', 'add_options'] }), [
      composeInputs.settings,
    ]);
    assert.deepEqual(fieldOf({ [composeInputs.question]: '' }), [composeInputs.question]);
  });

  it('checks drafts: 2 to 10 distinct options, choices within them, a future deadline', () => {
    const ok = pollDraftSchema.safeParse({ question: 'Q?', options: ['A', 'B'] });
    assert.ok(ok.success);
    assert.equal(ok.data.maxChoices, 1);
    assert.equal(ok.data.resultVisibility, 'live');
    for (const bad of [
      { question: 'Q?', options: ['A'] },
      { question: 'Q?', options: Array.from({ length: 11 }, (_, i) => `o${i}`) },
      { question: 'Q?', options: ['Été', 'ete '] },
      { question: 'Q?', options: ['A', 'B'], maxChoices: 3 },
      { question: '', options: ['A', 'B'] },
    ]) {
      assert.equal(pollDraftSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
    assert.equal(labelKey('  Salade   NIÇOISE '), 'salade nicoise');
  });

  it('keeps a ballot as a bitmask of option positions', () => {
    const options = [0, 1, 2, 29].map((position) => ({
      id: `o${position}`,
      label: `L${position}`,
      position,
      addedBy: null,
    }));
    const mask = ballotOf([options[0], options[3]]);
    assert.ok(mask > 0, 'position 29 keeps the mask a positive 32-bit integer');
    assert.deepEqual(choicesOf({ options } as never, mask), ['o0', 'o29']);
  });

  it('writes CSV cells that spreadsheets read as text', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell(-1), '-1');
  });

  it('keys anonymous ballots by poll and person with a secret kept in a 0600 file', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-polls-key-'));
    try {
      const logger = createLogger('silent');
      const key = loadAnonymityKey({ dataDir, sharedDatabase: false, logger });
      const file = path.join(dataDir, anonymityKeyFile);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      assert.deepEqual(
        loadAnonymityKey({ dataDir, sharedDatabase: false, logger }),
        key,
        'the same key on restart',
      );
      const a = anonymousVoterKey(key, 'poll-1', 'person-1');
      assert.equal(a, anonymousVoterKey(key, 'poll-1', 'person-1'));
      assert.notEqual(a, anonymousVoterKey(key, 'poll-2', 'person-1'), 'not linkable across polls');
      assert.notEqual(a, anonymousVoterKey(key, 'poll-1', 'person-2'));
      assert.ok(!a.includes('person-1'));
      const configured = loadAnonymityKey({ key: 'k'.repeat(40), dataDir, sharedDatabase: true, logger });
      assert.notEqual(anonymousVoterKey(configured, 'poll-1', 'person-1'), a);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('gives servers starting together on a fresh data directory one key, whole', async function () {
    this.timeout(60_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-polls-key-race-'));
    const script = `
      import { loadAnonymityKey } from './shared/people/anonymity-key.ts';
      import { createLogger } from './shared/logging/logger.ts';
      const logger = createLogger('silent');
      const at = Number(process.env.AT);
      while (Date.now() < at) {} // all of them at once
      console.log(loadAnonymityKey({ dataDir: process.env.DIR, sharedDatabase: false, logger }).toString('base64'));
    `;
    try {
      const at = String(Date.now() + 4_000);
      const keys = await Promise.all(
        Array.from(
          { length: 6 },
          () =>
            new Promise<string>((resolve, reject) =>
              execFile(
                process.execPath,
                ['--import', 'tsx', '--input-type=module', '--eval', script],
                { cwd: root, env: { ...process.env, DIR: dataDir, AT: at }, timeout: 50_000 },
                (error, out) => (error ? reject(error) : resolve(out.trim())),
              ),
            ),
        ),
      );
      assert.equal(new Set(keys).size, 1, keys.join('\n'));
      assert.deepEqual(fs.readdirSync(dataDir), [anonymityKeyFile], 'no draft left behind');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
