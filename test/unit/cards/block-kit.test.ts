/** The Slack renderer's exact output for each block kind, its escaping and its limits. */
import assert from 'node:assert/strict';
import type { ActionsBlock, Button, InputBlock, SectionBlock } from '@slack/types';
import { renderBlockKit, renderHomeView, renderModal } from '../../../bots/slack/cards/render-block-kit.js';
import { type Card, card, link, submit } from '../../../shared/cards/model.js';
import { fixtures, nasty } from './fixtures.js';
import { assertBlockKitOk, mrkdwnStrings } from './invariants.js';

const render = (...blocks: Card['blocks']) => renderBlockKit(card('summary', ...blocks));

describe('renderBlockKit', () => {
  it('converts the markdown subset to mrkdwn and escapes &, < and >', () => {
    const { blocks } = render({
      type: 'text',
      text: 'Hi **team** _now_ [doc](https://x.example/?a=1&b=2) & <!channel> <@U123> [x](javascript:alert(1))\n- one\n- two',
    });
    assert.deepEqual(blocks, [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: 'Hi *team* _now_ <https://x.example/?a=1&amp;b=2|doc> &amp; &lt;!channel&gt; &lt;@U123&gt; [x](javascript:alert(1))\n\n• one\n• two',
        },
      },
    ]);
  });

  it('escapes every nasty string exactly in mrkdwn and in the fallback text', () => {
    const { text, blocks } = render({
      type: 'text',
      text: '<!channel> <!everyone> <!here> <@U123> <https://evil.example|click> & < >',
    });
    const expected =
      '&lt;!channel&gt; &lt;!everyone&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; &amp; &lt; &gt;';
    assert.equal((blocks[0] as SectionBlock).text?.text, expected);
    assert.equal(text, 'summary');
    const nastyMessage = renderBlockKit(fixtures.nasty);
    assert.ok(nastyMessage.text.startsWith('&lt;!channel&gt; &lt;!everyone&gt; &lt;!here&gt; &lt;@U123&gt;'));
    for (const field of mrkdwnStrings(nastyMessage)) {
      for (const bad of ['<!channel>', '<!everyone>', '<!here>', '<@U123>', '<https://evil.example|click>']) {
        assert.ok(!field.includes(bad), `${bad} reached Slack in ${field.slice(0, 80)}`);
      }
    }
  });

  it('uses plain_text for headers, button texts and labels, cut to their limits', () => {
    const { blocks } = render(
      { type: 'heading', text: `${'H'.repeat(200)}\nsecond line` },
      { type: 'buttons', buttons: [submit('a.b', 'B'.repeat(100))] },
    );
    assert.equal(blocks[0].type, 'header');
    const header = (blocks[0] as { text: { type: string; text: string } }).text;
    assert.equal(header.type, 'plain_text');
    assert.equal(header.text.length, 150);
    assert.ok(header.text.endsWith('…'));
    const button = (blocks[1] as ActionsBlock).elements[0] as Button;
    assert.equal(button.text.text.length, 75);
  });

  it('gives buttons unique action ids, the payload as JSON value, styles and URLs', () => {
    const { blocks } = render({
      type: 'buttons',
      buttons: [
        submit('poll.vote', 'Yes', { poll: 'p1', option: 'a' }, 'primary'),
        submit('poll.vote', 'No', { poll: 'p1', option: 'b' }, 'danger'),
        submit('news.ack', 'Read'),
        link('Open', 'https://example.com'),
        link('Bad', 'javascript:alert(1)'),
      ],
    });
    assert.deepEqual((blocks[0] as ActionsBlock).elements, [
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Yes', emoji: true },
        action_id: 'poll.vote:0',
        value: '{"poll":"p1","option":"a"}',
        style: 'primary',
      },
      {
        type: 'button',
        text: { type: 'plain_text', text: 'No', emoji: true },
        action_id: 'poll.vote:1',
        value: '{"poll":"p1","option":"b"}',
        style: 'danger',
      },
      { type: 'button', text: { type: 'plain_text', text: 'Read', emoji: true }, action_id: 'news.ack:2' },
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Open', emoji: true },
        url: 'https://example.com',
        action_id: '~link:3',
      },
    ]);
  });

  it('splits 40 buttons into actions blocks of at most 25', () => {
    const { blocks } = renderBlockKit(fixtures.manyButtons);
    const actions = blocks.filter((b): b is ActionsBlock => b.type === 'actions');
    assert.deepEqual(
      actions.map((b) => b.elements.length),
      [25, 15],
    );
    const ids = actions.flatMap((b) => b.elements.map((e) => (e as Button).action_id));
    assert.equal(new Set(ids).size, 40);
  });

  it('packs facts into sections of at most 10 fields', () => {
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `L${i}`, value: `<v${i}>` }));
    const { blocks } = render({ type: 'facts', facts });
    assert.deepEqual(
      blocks.map((b) => (b as SectionBlock).fields?.length),
      [10, 10, 3],
    );
    assert.deepEqual((blocks[0] as SectionBlock).fields?.[0], { type: 'mrkdwn', text: '*L0*\n&lt;v0&gt;' });
  });

  it('draws poll results with the viewer’s choice in bold', () => {
    const { blocks } = render({
      type: 'choices',
      options: [
        { id: 'a', label: 'Yes & <no>', count: 3, selected: true },
        { id: 'b', label: 'No', count: 1 },
      ],
    });
    assert.equal(
      (blocks[0] as SectionBlock).text?.text,
      '✓ *Yes &amp; &lt;no&gt;*\n`▰▰▰▰▰▰▰▰▱▱` 3 (75%)\nNo\n`▰▰▰▱▱▱▱▱▱▱` 1 (25%)',
    );
  });

  it('renders inputs as input blocks: radio/checkboxes up to 10 options, selects up to 100', () => {
    const { blocks } = renderBlockKit(fixtures.manyOptions);
    const inputs = blocks.filter((b): b is InputBlock => b.type === 'input');
    assert.deepEqual(
      inputs.map((b) => [b.block_id, b.element.type, (b.element as { options: unknown[] }).options.length]),
      [
        ['in.one', 'static_select', 100],
        ['in.some', 'multi_static_select', 100],
        ['in.few', 'multi_static_select', 30],
      ],
    );
    const small = renderBlockKit(fixtures.everyBlock).blocks.filter(
      (b): b is InputBlock => b.type === 'input',
    );
    assert.deepEqual(
      small.map((b) => [b.block_id, b.element.type, b.optional]),
      [
        ['in.comment', 'plain_text_input', false],
        ['in.name', 'plain_text_input', true],
        ['in.colour', 'radio_buttons', false],
        ['in.days', 'checkboxes', true],
      ],
    );
    assert.deepEqual((small[2].element as { initial_option: unknown }).initial_option, {
      text: { type: 'plain_text', text: 'Blue', emoji: true },
      value: 'blue',
    });
  });

  it('cuts a card with too many blocks behind a trailing "…" context', () => {
    const { blocks } = renderBlockKit(fixtures.manyBlocks);
    assert.equal(blocks.length, 50);
    assert.deepEqual(blocks.at(-1), { type: 'context', elements: [{ type: 'plain_text', text: '…' }] });
    const home = renderHomeView([fixtures.manyBlocks, fixtures.manyBlocks]);
    assert.equal(home.blocks.length, 100);
  });

  it('splits a long text into sections of at most 3000 characters', () => {
    const paragraph = 'word & '.repeat(200);
    const { blocks } = render({
      type: 'text',
      text: Array.from({ length: 10 }, () => paragraph).join('\n\n'),
    });
    assert.ok(blocks.length > 1);
    for (const block of blocks) assert.ok(((block as SectionBlock).text?.text.length ?? 0) <= 3000);
  });

  it('builds a modal whose inputs are sent by the view’s submit, with the action in private_metadata', () => {
    const modal = renderModal(fixtures.everyBlock, {
      callbackId: 'survey',
      title: 'Quarterly survey for everyone',
      submitLabel: 'Send',
      closeLabel: 'Cancel',
    });
    assert.equal(modal.type, 'modal');
    assert.equal(modal.title.text.length, 24);
    assert.equal(modal.private_metadata, '{"action":"survey.answer","payload":{"survey":"s1"}}');
    const submitButtons = modal.blocks.filter(
      (b) => b.type === 'actions' && JSON.stringify(b).includes('survey.answer'),
    );
    assert.deepEqual(submitButtons, []);
    assertBlockKitOk(modal, 'modal');
    assert.throws(() => renderModal(fixtures.everyBlock, { callbackId: 'x', title: 'x' }), {
      code: 'internal',
    });
    assert.throws(
      () =>
        renderModal(fixtures.everyBlock, {
          callbackId: 'x',
          title: 'x',
          submitLabel: 'Go',
          privateMetadata: 'm'.repeat(3001),
        }),
      { code: 'internal' },
    );
  });

  it('builds the Home view with a header and dividers between cards', () => {
    const home = renderHomeView([fixtures.helpEn, fixtures.helpFrTopic], 'Relais');
    assert.equal(home.type, 'home');
    assert.deepEqual(home.blocks[0], {
      type: 'header',
      text: { type: 'plain_text', text: 'Relais', emoji: true },
    });
    assert.equal(home.blocks.filter((b) => b.type === 'divider').length, 1);
    assertBlockKitOk(home, 'home');
  });

  it('keeps the fallback text short and escaped', () => {
    const { text } = renderBlockKit(card(nasty.repeat(100)));
    assert.ok(text.length <= 3000);
    assert.ok(!text.includes('<'));
  });
});
