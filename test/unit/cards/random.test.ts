/**
 * Randomised: a few hundred strings drawn (seeded, reproducible) from a dangerous alphabet, used
 * in every user-text field of a card, must keep every renderer invariant.
 */
import { renderBlockKit, renderModal } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { type Card, card, link, submit } from '../../../shared/cards/model.js';
import { prng, randomText } from './hostile-text.js';
import { assertAdaptiveCardOk, assertBlockKitOk } from './invariants.js';

function randomCard(next: () => number): Card {
  const t = (max = 30) => randomText(next, max);
  return card(
    t(),
    { type: 'heading', text: t() },
    { type: 'text', text: t(80), subtle: next() < 0.3 },
    { type: 'image', url: next() < 0.5 ? `https://x.example/${t(4)}` : t(5), alt: t() },
    {
      type: 'facts',
      facts: [
        { label: t(), value: t() },
        { label: t(), value: t(60) },
      ],
    },
    {
      type: 'choices',
      options: [
        { id: 'a', label: t(), count: Math.floor(next() * 9), selected: next() < 0.5 },
        { id: 'b', label: t(), count: 1 },
      ],
    },
    { type: 'progress', label: t(), value: Math.floor(next() * 8), max: 7 },
    {
      type: 'buttons',
      buttons: [
        submit('poll.vote', t(), { text: t() }, next() < 0.5 ? 'primary' : 'danger'),
        link(
          t(),
          next() < 0.5 ? `https://x.example/${encodeURIComponent(t(5))}` : `https://x.example/${t(4)}`,
        ),
      ],
    },
    {
      type: 'inputs',
      inputs: [
        { kind: 'text', id: 'q', label: t(), placeholder: t(), value: t(), required: next() < 0.5 },
        {
          kind: 'choice',
          id: 'c',
          label: t(),
          options: [
            { id: 'x', label: t() },
            { id: 'y', label: t() },
          ],
          multiple: next() < 0.5,
        },
      ],
      submit: submit('form.send', t()),
    },
    { type: 'context', text: t() },
  );
}

describe('card renderers: randomised hostile text (seeded)', () => {
  const next = prng(20240501);
  const cards = Array.from({ length: 300 }, () => randomCard(next));

  it('every Adaptive Card passes the SDK and the escaping invariants', () => {
    for (const c of cards) assertAdaptiveCardOk(renderAdaptiveCard(c));
  });

  it('every Block Kit message and modal passes the limits and the escaping invariants', () => {
    for (const c of cards) {
      assertBlockKitOk(renderBlockKit(c), 'message');
      assertBlockKitOk(renderModal(c, { callbackId: 'form', title: 'Form', submitLabel: 'Send' }), 'modal');
    }
  });
});
