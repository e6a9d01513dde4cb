// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal `${…}` is hostile user text under test
/** The Teams renderer's exact output for each block kind, its escaping and its size limits. */
import assert from 'node:assert/strict';
import {
  type AdaptiveCardJson,
  adaptiveCardInvokeResponse,
  renderAdaptiveCard,
  teamsCardBudgetBytes,
} from '../../../bots/teams/cards/render-adaptive-card.js';
import { type Card, card, link, submit } from '../../../shared/cards/model.js';
import { fixtures } from './fixtures.js';
import { assertAdaptiveCardOk } from './invariants.js';

const WJ = '\u2060';
const render = (...blocks: Card['blocks']) => renderAdaptiveCard(card('summary', ...blocks));

describe('renderAdaptiveCard', () => {
  it('wraps the body in an Adaptive Card 1.5 envelope at full width', () => {
    const json = render({ type: 'heading', text: 'Hi' });
    assert.equal(json.$schema, 'http://adaptivecards.io/schemas/adaptive-card.json');
    assert.equal(json.type, 'AdaptiveCard');
    assert.equal(json.version, '1.5');
    assert.deepEqual(json.msteams, { width: 'Full' });
    assert.equal(json.fallbackText, 'summary');
    assert.deepEqual(json.body, [
      { type: 'TextBlock', text: 'Hi', size: 'Large', weight: 'Bolder', wrap: true },
    ]);
  });

  it('emits the markdown subset and escapes everything else', () => {
    const [block] = render({
      type: 'text',
      text: 'Hello **team** _now_ [doc](https://x.example/a_b) *star* [x](javascript:alert(1))\n- one\n- - two\n\n1. no',
    }).body;
    assert.equal(
      block.text,
      'Hello **team** _now_ [doc](https://x.example/a_b) \\*star\\* \\[x\\](javascript:alert(1))\n\n- one\r- \\- two\n\n1\\. no',
    );
  });

  it('escapes markdown in plain fields and neutralises templates everywhere', () => {
    const json = render(
      { type: 'heading', text: '**Big** ${user.name} {{DATE(2017-02-14T06:08:39Z, SHORT)}}\n<b>' },
      { type: 'facts', facts: [{ label: '_who_', value: '[a](https://evil.example) ${x}' }] },
    );
    assert.equal(
      json.body[0].text,
      `\\*\\*Big\\*\\* $${WJ}{user.name} {${WJ}{DATE(2017-02-14T06:08:39Z, SHORT)}} \\<b\\>`,
    );
    assert.deepEqual(json.body[1].facts, [
      { title: '\\_who\\_', value: `\\[a\\](https://evil.example) $${WJ}{x}` },
    ]);
  });

  it('turns submit buttons into Action.Execute and links into Action.OpenUrl, dropping unsafe URLs', () => {
    const json = render({
      type: 'buttons',
      buttons: [
        submit('poll.vote', 'Vote', { poll: 'p1', n: 2, ok: true }, 'primary'),
        submit('poll.close', 'Close ${x}', undefined, 'danger'),
        link('Open', 'https://example.com/a'),
        link('Bad', 'javascript:alert(1)'),
      ],
    });
    assert.deepEqual(json.body, [
      {
        type: 'ActionSet',
        actions: [
          {
            type: 'Action.Execute',
            title: 'Vote',
            verb: 'poll.vote',
            data: { action: 'poll.vote', payload: { poll: 'p1', n: 2, ok: true } },
            style: 'positive',
          },
          {
            type: 'Action.Execute',
            title: `Close $${WJ}{x}`,
            verb: 'poll.close',
            data: { action: 'poll.close', payload: {} },
            style: 'destructive',
          },
          { type: 'Action.OpenUrl', title: 'Open', url: 'https://example.com/a' },
        ],
      },
    ]);
  });

  it('splits many buttons into ActionSets Teams can display', () => {
    const json = renderAdaptiveCard(fixtures.manyButtons);
    const sets = json.body.filter((element) => element.type === 'ActionSet');
    assert.equal(sets.length, 8);
    for (const set of sets) assert.ok((set.actions as unknown[]).length <= 5);
    assert.equal(sets.flatMap((set) => set.actions as unknown[]).length, 40);
  });

  it('renders inputs with prefixed ids, labels, required markers and the submit', () => {
    const json = renderAdaptiveCard(fixtures.everyBlock);
    const inputs = json.body.filter((element) => element.type.startsWith('Input.'));
    assert.deepEqual(
      inputs.map((input) => [input.type, input.id, input.isRequired, input.errorMessage]),
      [
        ['Input.Text', 'in.comment', true, 'Comment'],
        ['Input.Text', 'in.name', false, 'Name'],
        ['Input.ChoiceSet', 'in.colour', true, 'Pick a colour'],
        ['Input.ChoiceSet', 'in[].days', false, 'Days'],
      ],
    );
    assert.equal(inputs[2].style, 'expanded');
    assert.equal(inputs[2].value, 'blue');
    assert.equal(inputs[3].isMultiSelect, true);
    assert.equal(inputs[3].value, 'mon,tue');
  });

  it('marks the viewer’s choice and draws counts with percentages', () => {
    const json = render({
      type: 'choices',
      options: [
        { id: 'a', label: 'Yes', count: 3, selected: true },
        { id: 'b', label: 'No', count: 1 },
      ],
    });
    const text = JSON.stringify(json.body);
    assert.match(text, /"text":"✓ Yes","wrap":true,"weight":"Bolder"/);
    assert.match(text, /"3 \(75%\)"/);
    assert.match(text, /"1 \(25%\)"/);
    assert.match(text, /▰▰▰▰▰▰▰▰▱▱/);
  });

  it('puts a separator on the element after a divider and ignores a trailing one', () => {
    const json = render(
      { type: 'heading', text: 'a' },
      { type: 'divider' },
      { type: 'text', text: 'b' },
      { type: 'divider' },
    );
    assert.equal(json.body.length, 2);
    assert.equal(json.body[1].separator, true);
  });

  it('shortens huge cards to the Teams budget and keeps them valid', () => {
    const json = renderAdaptiveCard(fixtures.huge);
    const size = new TextEncoder().encode(JSON.stringify(json)).length;
    assert.ok(size <= teamsCardBudgetBytes, `${size} bytes`);
    assert.ok(size > teamsCardBudgetBytes / 2, 'shortened far more than needed');
    assert.ok((json.body[1].text as string).endsWith('…'));
    assertAdaptiveCardOk(json);
  });

  it('never lets nasty user text through unescaped', () => {
    const json = renderAdaptiveCard(fixtures.nasty);
    const heading = json.body[0].text as string;
    for (const bad of ['<!channel>', '*bold*', '_under_', '[x](javascript:alert(1))', '${user.name}']) {
      assert.ok(!heading.includes(bad), `${bad} survived in the heading`);
    }
    assert.ok(heading.includes('\\<!channel\\>'));
    assert.ok(heading.includes('\\*bold\\*'));
    assert.ok(heading.includes(`$${WJ}{user.name}`));
  });

  it('percent-encodes template openers in URLs and keeps line breaks in prefilled values', () => {
    const json = render(
      { type: 'image', url: 'https://x.example/${a}{{b}}.png', alt: 'img' },
      { type: 'buttons', buttons: [link('Go', 'https://x.example/?q=${a}&r={{b}}')] },
      {
        type: 'inputs',
        inputs: [{ kind: 'text', id: 'note', label: 'Note', multiline: true, value: 'line 1\nline ${2}' }],
        submit: submit('note.save', 'Save'),
      },
    );
    assert.equal(json.body[0].url, 'https://x.example/%24%7Ba}%7B%7Bb}}.png');
    assert.equal(
      (json.body[1].actions as { url: string }[])[0].url,
      'https://x.example/?q=%24%7Ba}&r=%7B%7Bb}}',
    );
    assert.equal(json.body[2].value, `line 1\nline $${WJ}{2}`);
  });

  it('shows the alt text when an image URL is not a web URL', () => {
    const json = render({ type: 'image', url: 'javascript:alert(1)', alt: 'Chart' });
    assert.deepEqual(json.body, [{ type: 'TextBlock', text: 'Chart', wrap: true, isSubtle: true }]);
  });

  it('refuses invalid action ids and duplicate input ids: those are bugs in a feature', () => {
    assert.throws(() => render({ type: 'buttons', buttons: [submit('bad id!', 'x')] }), { code: 'internal' });
    const input = { kind: 'text' as const, id: 'q', label: 'Q' };
    assert.throws(
      () =>
        render(
          { type: 'inputs', inputs: [input], submit: submit('a.b', 'Go') },
          { type: 'inputs', inputs: [input], submit: submit('a.b', 'Go') },
        ),
      { code: 'internal' },
    );
  });

  it('wraps a card into the adaptiveCard/action invoke response', () => {
    const json: AdaptiveCardJson = render({ type: 'heading', text: 'x' });
    assert.deepEqual(adaptiveCardInvokeResponse(json), {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: json,
    });
  });

  it('has invariants that catch an unescaped card (the checker itself can fail)', () => {
    // rendered text blocks are shared between sends (and frozen): tamper with a copy
    const bad = structuredClone(render({ type: 'heading', text: 'x' }));
    bad.body[0].text = '<!channel> ${x}';
    assert.throws(() => assertAdaptiveCardOk(bad));
    const unknown = render({ type: 'heading', text: 'x' });
    unknown.body.push({ type: 'Bogus' });
    assert.throws(() => assertAdaptiveCardOk(unknown), /SDK/);
  });
});
