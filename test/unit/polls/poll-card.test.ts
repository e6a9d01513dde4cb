/**
 * The poll card as each platform renders it: parsed by the official adaptivecards parser and
 * within Block Kit's limits; counts only where the viewer may see them; a Teams refresh that asks
 * for each viewer's own card; vote buttons or a choice input carrying the poll and option ids.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { choiceInputId, pollCard } from '../../../shared/polls/poll-card.js';
import type { Poll, PollView } from '../../../shared/polls/poll-model.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { executeActionsOf, textsOf } from '../../integration/teams/teams-helpers.js';
import { validateWithSdk } from '../cards/ac-validate.js';

const poll = (over: Partial<Poll> = {}): Poll => ({
  id: 'p1',
  question: 'Lunch *today*?',
  options: ['Pizza', 'Sushi', 'Salad'].map((label, position) => ({
    id: `o${position}`,
    label,
    position,
    addedBy: null,
  })),
  maxChoices: 1,
  anonymous: false,
  resultVisibility: 'live',
  allowAddOptions: false,
  closesAt: null,
  closedAt: null,
  authorId: 'author',
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const view = (over: Partial<PollView> = {}): PollView => ({
  poll: poll(),
  myChoices: [],
  results: { pollId: 'p1', voters: 4, counts: { o0: 3, o1: 1, o2: 0 } },
  canManage: false,
  ...over,
});

const t = translator('en');

describe('poll card', () => {
  it('renders a valid Adaptive Card with one Action.Execute per option and a per-viewer refresh', () => {
    const json = renderAdaptiveCard(pollCard(view(), t, 'en', { shared: true }));
    assert.deepEqual(validateWithSdk(json).events, []);
    const votes = executeActionsOf(json.body).filter((a) => a.verb === 'poll.vote');
    assert.deepEqual(
      votes.map((a) => [a.title, a.data.payload]),
      [
        ['Pizza', { poll: 'p1', option: 'o0' }],
        ['Sushi', { poll: 'p1', option: 'o1' }],
        ['Salad', { poll: 'p1', option: 'o2' }],
      ],
    );
    assert.equal(json.refresh?.action.verb, 'poll.view');
    assert.deepEqual(json.refresh?.action.data.payload, { poll: 'p1' });
    assert.equal(json.refresh?.userIds, undefined, 'everyone, in chats of up to 60');
  });

  it('caps the refresh at 60 users', () => {
    const card = {
      ...pollCard(view(), t, 'en'),
      refresh: { action: 'poll.view', userIds: Array.from({ length: 80 }, (_, i) => `29:u${i}`) },
    };
    assert.equal(renderAdaptiveCard(card).refresh?.userIds?.length, 60);
  });

  it('renders Block Kit within limits, without the refresh', () => {
    const blocks = renderBlockKit(pollCard(view(), t, 'en', { shared: true }));
    assert.deepEqual(checkBlockKit(blocks, 'message'), []);
    assert.ok(!JSON.stringify(blocks).includes('refresh'));
    assert.ok(JSON.stringify(blocks).includes('poll.vote:'));
  });

  it('shows no counts where the results are hidden, and the voter their own choice', () => {
    const hidden = pollCard(
      view({ poll: poll({ resultVisibility: 'after_close' }), results: undefined, myChoices: ['o1'] }),
      t,
      'en',
    );
    const choices = hidden.blocks.find((b) => b.type === 'choices');
    assert.ok(choices && choices.type === 'choices');
    assert.ok(choices.options.every((o) => o.count === undefined));
    assert.deepEqual(
      choices.options.filter((o) => o.selected).map((o) => o.id),
      ['o1'],
    );
    assert.ok(
      textsOf(renderAdaptiveCard(hidden)).some((x) => x.includes('Results show when the poll closes.')),
    );
    const shared = pollCard(view({ results: undefined, myChoices: ['o1'] }), t, 'en', { shared: true });
    assert.ok(
      !shared.blocks.some((b) => b.type === 'choices'),
      'the shared card never shows one person’s choice',
    );
  });

  it('offers a multi-select and a Vote button for multiple choice, and no vote once closed', () => {
    const multi = pollCard(view({ poll: poll({ maxChoices: 2 }), myChoices: ['o0', 'o2'] }), t, 'en');
    const inputs = multi.blocks.find((b) => b.type === 'inputs');
    assert.ok(inputs && inputs.type === 'inputs');
    const choice = inputs.inputs[0];
    assert.equal(choice.id, choiceInputId);
    assert.ok(choice.kind === 'choice' && choice.multiple);
    assert.deepEqual(choice.kind === 'choice' && choice.value, ['o0', 'o2']);
    assert.deepEqual(validateWithSdk(renderAdaptiveCard(multi)).events, []);
    const closed = pollCard(
      view({ poll: poll({ closedAt: '2026-01-02T10:00:00.000Z' }), canManage: true }),
      t,
      'en',
    );
    const actions = executeActionsOf(renderAdaptiveCard(closed).body).map((a) => a.verb);
    assert.deepEqual(actions, ['poll.reopen']);
    assert.ok(textsOf(renderAdaptiveCard(closed)).some((x) => x.includes('Closed 2 Jan 2026, 10:00 (UTC).')));
  });

  it('keeps the question literal (no markup from user text) and says when a poll is anonymous', () => {
    const json = renderAdaptiveCard(
      pollCard(view({ poll: poll({ anonymous: true }) }), t, 'en', { shared: true }),
    );
    // Teams markdown escapes: the stars stay stars, never bold
    assert.ok(textsOf(json).includes('Lunch \\*today\\*?'), textsOf(json).join(' | '));
    assert.ok(textsOf(json).some((x) => x.includes('Anonymous poll')));
  });
});
