/**
 * The poll store on SQLite and PostgreSQL, through two separate connections (two server
 * instances): concurrent ballots, repeats and changes count exactly; a closed poll takes no
 * ballot; voters adding the same option at once make one option, different ones get distinct
 * positions; counts come from one aggregate.
 */
import assert from 'node:assert/strict';
import { PollStore } from '../../shared/polls/poll-store.js';
import { describeEachStore } from '../harness/databases.js';

describeEachStore('poll store contract', (backend) => {
  let one: PollStore;
  let two: PollStore;
  before(async () => {
    one = new PollStore(await backend().openStore());
    two = new PollStore(await backend().openStore());
  });

  const draft = (options: string[]) => ({
    question: 'Q?',
    options,
    maxChoices: options.length,
    anonymous: false,
    resultVisibility: 'live' as const,
    allowAddOptions: true,
  });

  it('counts concurrent ballots, repeats and changes from two instances exactly', async () => {
    await one.insert('p-count', draft(['A', 'B', 'C']), { authorId: null, locale: 'fr' });
    const poll = (await two.load('p-count'))!;
    const voters = Array.from({ length: 200 }, (_, i) => `v${i}`);
    const outcomes = await Promise.all(
      voters.flatMap((v, i) => [
        one.castBallot('p-count', v, 1 << (i % 3), null),
        two.castBallot('p-count', v, 1 << (i % 3), null),
      ]),
    );
    assert.equal(outcomes.filter((o) => o === 'changed').length, 200, 'each voter written once');
    assert.equal(outcomes.filter((o) => o === 'same').length, 200, 'the repeat changes nothing');
    // every fourth voter changes to A and C at once
    await Promise.all(
      voters.map((v, i) => (i % 4 === 0 ? two.castBallot('p-count', v, 0b101, null) : undefined)),
    );
    const expected = { o0: 0, o1: 0, o2: 0 };
    voters.forEach((_, i) => {
      if (i % 4 === 0) {
        expected.o0 += 1;
        expected.o2 += 1;
      } else expected[`o${i % 3}` as keyof typeof expected] += 1;
    });
    assert.deepEqual(await one.results(poll), { pollId: 'p-count', voters: 200, counts: expected });
  });

  it('takes no ballot once closed, and closes once', async () => {
    await one.insert('p-close', draft(['A', 'B']), { authorId: null, locale: 'fr' });
    const closes = await Promise.all([
      one.close('p-close', new Date().toISOString()),
      two.close('p-close', new Date().toISOString()),
    ]);
    assert.deepEqual(closes.sort(), [false, true]);
    assert.equal(await one.castBallot('p-close', 'late', 1, null), 'closed');
    assert.equal((await one.results((await one.load('p-close'))!)).voters, 0);
    assert.equal(await one.castBallot('p-missing', 'x', 1, null), 'closed', 'no poll, no ballot');
  });

  it('adds voters’ options at distinct positions, the same label once', async () => {
    await one.insert('p-add', draft(['A', 'B']), { authorId: null, locale: 'fr' });
    const labels = ['Lyon', 'lyon ', 'LYON', 'Nantes', 'Brest', 'Nice'];
    const positions = await Promise.all(
      labels.map((label, i) => (i % 2 ? one : two).addOption('p-add', label, null)),
    );
    const poll = (await one.load('p-add'))!;
    // whichever spelling of Lyon came first is kept
    assert.deepEqual(poll.options.map((o) => o.label.trim().toLowerCase()).sort(), [
      'a',
      'b',
      'brest',
      'lyon',
      'nantes',
      'nice',
    ]);
    assert.equal(new Set(poll.options.map((o) => o.position)).size, 6);
    assert.equal(new Set(positions.slice(0, 3)).size, 1, 'Lyon, lyon and LYON are one option');
  });
});
