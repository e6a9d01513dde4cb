/**
 * End to end through the Microsoft 365 Agents Playground, an independent Teams client and
 * connector: Relais runs on SQLite without MICROSOFT_APP_ID (local unauthenticated mode), the
 * Playground installs it in a personal chat, and the test checks what the person would see:
 * the welcome help card, the card refreshed in place by an `Action.Execute` button, and the help
 * card again when they type "help" or "aide".
 */
import assert from 'node:assert/strict';
import { resolveLocale, type Translator, translator } from '../../shared/i18n/i18n.js';
import {
  type AgentsPlayground,
  adaptiveCards,
  cardTexts,
  type PlaygroundActivity,
  startAgentsPlayground,
} from '../harness/agents-playground.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';

const DEFAULT_LOCALE = 'fr';

/** A bot message carrying an Adaptive Card whose texts include every one of `needles`. */
const botCardSaying =
  (...needles: string[]) =>
  (activity: PlaygroundActivity) =>
    activity.fromBot &&
    adaptiveCards(activity).some((card) => needles.every((n) => cardTexts(card).includes(n)));

describe('e2e: Teams through the Microsoft 365 Agents Playground', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let playground: AgentsPlayground;
  let t: Translator;

  before(async () => {
    relais = await startTestRelais({ MICROSOFT_APP_ID: undefined, DEFAULT_LOCALE });
    playground = await startAgentsPlayground({ botEndpoint: `${relais.url}/api/messages` });
    // The Playground stamps its locale (en-US) on every activity; Relais answers in it.
    t = translator(resolveLocale(undefined, playground.locale, DEFAULT_LOCALE));
  });

  after(async () => {
    // Both are closed even if the other fails, so no child process outlives the run.
    await Promise.allSettled([playground?.close(), relais?.close()]);
  });

  let welcome: PlaygroundActivity;

  it('greets the person with the help card when the app is installed', async () => {
    await playground.install();
    welcome = await playground.waitForActivity(botCardSaying(t('help.title'), t('help.topic.news')));
    assert.equal(welcome.conversationId, playground.conversationId);
    // The Playground shows the activity's text and its card as two messages, as Teams does.
    await playground.waitForActivity((a) => a.fromBot && a.text === t('install.welcome'));
  });

  it('refreshes the card in place when a topic button (Action.Execute help.topic) is clicked', async () => {
    assert.ok(welcome, 'needs the welcome card of the previous step');
    const result = await playground.clickExecute(welcome, 'help.topic', { topic: 'news' });
    assert.equal(result.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(result));
    const texts = cardTexts(result.value);
    assert.ok(texts.includes(t('help.topic.news.body')), `refreshed card shows: ${texts.join(' | ')}`);
    assert.ok(!texts.includes(t('help.topics')), 'the overview is replaced by the topic');
    // The refreshed card replaced the clicked one (Back exists only there); it refreshes again.
    const back = await playground.clickExecute(welcome, t('help.back'));
    assert.ok(cardTexts(back.value).includes(t('help.title')), 'Back returns to the overview');
  });

  for (const word of ['help', 'aide']) {
    it(`answers "${word}" with the help card`, async () => {
      await playground.send(word);
      const reply = await playground.waitForActivity(botCardSaying(t('help.title'), t('help.topic.news')));
      assert.equal(reply.conversationId, playground.conversationId);
    });
  }
});
