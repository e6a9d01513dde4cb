/**
 * User text interpolated into a card's markdown (the display name in the help greeting, the
 * person's own words echoed by "I did not understand") stays text through BOTH renderers: no
 * link, no bold, no italic, whatever the name.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { zeroWidthSpace } from '../../../bots/slack/cards/slack-text.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { CommandRouter } from '../../../shared/commands/commands.js';
import { helpCard } from '../../../shared/help/help-card.js';
import { translator } from '../../../shared/i18n/i18n.js';
import type { Person } from '../../../shared/people/person.js';
import { acMarkdownFields, mrkdwnStrings, rawChars, slackEmphasisSpans } from './invariants.js';

const hostileName = '**[click](https://evil.example)** _x_';

/** The Teams markdown strings and the Slack mrkdwn strings that carry `needle`. */
function renderedWith(card: Card, needle: RegExp) {
  const teams = acMarkdownFields(renderAdaptiveCard(card))
    .map((field) => field.text)
    .filter((text) => needle.test(rawChars(text)));
  const slack = mrkdwnStrings(renderBlockKit(card)).filter((text) =>
    needle.test(text.replaceAll(zeroWidthSpace, '')),
  );
  assert.ok(teams.length > 0, 'the text reached the Adaptive Card');
  assert.ok(slack.length > 0, 'the text reached the Block Kit message');
  return { teams, slack };
}

function assertNoMarkup({ teams, slack }: { teams: string[]; slack: string[] }) {
  for (const text of teams) {
    // every markdown character is backslash-escaped: Teams shows it as typed
    assert.doesNotMatch(rawChars(text), /[*_[\]]/, `markup left in Teams text ${text}`);
    assert.doesNotMatch(rawChars(text), /\]\(https:\/\/evil/, `a link in Teams text ${text}`);
  }
  for (const text of slack) {
    assert.ok(!text.includes('<https://evil.example'), `a link in Slack text ${text}`);
    // no emphasis marker is left where Slack would pair it
    assert.deepEqual(slackEmphasisSpans(text), [], `emphasis in Slack text ${text}`);
  }
}

describe('user text inside card markdown', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`greets a person named ${hostileName} without a link or bold (${locale})`, () => {
      const card = helpCard({
        t: translator(locale),
        name: hostileName,
        commands: ['help'],
        consoleUrl: 'https://relais.example/tabs',
      });
      const rendered = renderedWith(card, /evil\.example/);
      assertNoMarkup(rendered);
      // and the name is still shown as typed
      assert.ok(rendered.teams.some((text) => rawChars(text).includes('click(https://evil.example) x')));
      assert.ok(rendered.slack.some((text) => text.replaceAll(zeroWidthSpace, '').includes(hostileName)));
    });
  }

  it('echoes an unknown command as typed, without a link or bold', async () => {
    const actor = { id: 'p1', displayName: 'Ann' } as Person;
    const router = new CommandRouter({ consoleUrl: 'x', events: { track: async () => {} } });
    const text = '[Verify your account](https://evil.example) **now**';
    const card = await router.run({ text, actor, locale: 'en', platform: 'teams' });
    assert.equal(card.summary, `I did not understand “${text}”. Type help to see what I can do.`);
    const rendered = renderedWith(card, /evil\.example/);
    // the catalogue's own **help** stays bold: only the echoed words are checked
    const echoed = {
      teams: rendered.teams.map((t) => t.replace(/\*\*help\*\*|\*\*aide\*\*/g, '')),
      slack: rendered.slack.map((t) => t.replace(/\*help\*|\*aide\*/g, '')),
    };
    assertNoMarkup(echoed);
  });
});
