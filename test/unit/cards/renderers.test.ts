// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal `${…}` is hostile user text under test
/** Every fixture card through both renderers, on every Slack surface, against the invariants. */
import { renderBlockKit, renderHomeView, renderModal } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { fixtures } from './fixtures.js';
import { assertAdaptiveCardOk, assertBlockKitOk } from './invariants.js';

describe('card renderers: every fixture', () => {
  for (const [name, card] of Object.entries(fixtures)) {
    describe(name, () => {
      it('renders an Adaptive Card the official SDK accepts, escaped and within budget', () => {
        assertAdaptiveCardOk(renderAdaptiveCard(card));
      });

      it('renders a Block Kit message within every limit, with no control sequence in mrkdwn', () => {
        assertBlockKitOk(renderBlockKit(card), 'message');
      });

      it('renders a Home view and a modal within every limit', () => {
        assertBlockKitOk(renderHomeView([card, fixtures.helpFr], 'Relais — ${x} <!here>'), 'home');
        const modal = renderModal(card, {
          callbackId: 'survey',
          title: 'A title far longer than 24',
          submitLabel: 'Send',
        });
        assertBlockKitOk(modal, 'modal');
      });
    });
  }
});
