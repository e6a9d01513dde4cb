/**
 * POST /api/v1/news/preview over HTTP: the neutral card per language a draft becomes (the same
 * newsCard deliveries send), which both adapters' renderers accept (the official Adaptive Cards
 * parser without a warning, Block Kit within limits); authors only; clear 400s.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { validateWithSdk } from '../../unit/cards/ac-validate.js';
import { describeNewsBackends, type NewsWorld, startNewsWorld } from '../news/news-world.js';

describeNewsBackends('News preview for the console (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  before(async () => {
    // BullMQ queues of their own: another suite's server on the same Redis must not take these jobs
    world = await startNewsWorld(backendEnv(), {
      REDIS_QUEUE_PREFIX: `news-prev-${process.pid}-${Date.now().toString(36)}`,
    });
  });
  after(() => world?.close());

  const draft = {
    strategic: true,
    variants: {
      fr: {
        title: 'Nouvelle cantine',
        body: 'Ouverture **lundi**.',
        buttons: [{ label: 'Menu', url: 'https://intra.example/menu' }],
      },
      en: { title: 'New canteen', summary: 'Good food', body: '' },
    },
    audience: { everyone: true },
    expiresAt: null,
  };

  it('answers the neutral card of each written language, which both renderers accept', async () => {
    const response = await world.api('POST', '/news/preview', { body: draft });
    assert.equal(response.status, 200);
    const { cards } = (await response.json()) as { cards: Record<'fr' | 'en', Card> };
    assert.deepEqual(Object.keys(cards).sort(), ['en', 'fr']);
    const fr = JSON.stringify(cards.fr);
    assert.ok(
      fr.includes('Nouvelle cantine') && fr.includes('J’ai lu') && fr.includes('https://intra.example/menu'),
    );
    assert.ok(JSON.stringify(cards.en).includes('I have read it'));
    for (const card of Object.values(cards)) {
      assert.deepEqual(validateWithSdk(renderAdaptiveCard(card)).events, []);
      assert.ok(renderBlockKit(card).blocks.length > 0);
    }
  });

  it('previews an unfinished draft (no title yet) without refusing it', async () => {
    const response = await world.api('POST', '/news/preview', {
      body: { variants: { en: { title: '', body: 'Just started' } }, strategic: false },
    });
    assert.equal(response.status, 200);
    assert.ok(JSON.stringify((await response.json()).cards.en).includes('Just started'));
  });

  it('refuses bad fields with a 400 naming them', async () => {
    const response = await world.api('POST', '/news/preview', {
      body: { variants: { en: { title: 'x'.repeat(201) } } },
    });
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(await response.json()), /variants\.en\.title/);
  });

  it('is for authors: an employee without the communicator role gets 403', async () => {
    const employee = await world.teamsPerson('Eve Employee');
    const response = await world.api('POST', '/news/preview', { as: employee, body: draft });
    assert.equal(response.status, 403);
    assert.match(JSON.stringify(await response.json()), /communicator/);
  });
});
