/** The Block Kit checker detects every documented limit, one broken limit at a time. */
import assert from 'node:assert/strict';
import { type BlockKitSurface, blockKitError, checkBlockKit } from '../../harness/block-kit-limits.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const option = (text: string, value: string) => ({ text: plain(text), value });
const options = (n: number) => Array.from({ length: n }, (_, i) => option(`o${i}`, `v${i}`));
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: 'go',
  ...extra,
});
const actions = (...elements: unknown[]) => ({ type: 'actions', elements });
const input = (element: unknown) => ({ type: 'input', label: plain('Label'), element });
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Title'),
  blocks: [section('x')],
  ...extra,
});

/** One case per limit: a payload just over it, the surface, and the JSON pointer Slack would name. */
const overLimit: [string, Record<string, unknown>, BlockKitSurface, string][] = [
  [
    '51 blocks in a message',
    { blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) },
    'message',
    '/blocks',
  ],
  [
    '101 blocks in a modal',
    modal({ blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }),
    'modal',
    '/blocks',
  ],
  [
    '101 blocks in the Home tab',
    { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) },
    'home',
    '/blocks',
  ],
  ['section text 3001', { blocks: [section('x'.repeat(3001))] }, 'message', '/blocks/0/text/text'],
  [
    '11 fields',
    { blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }] },
    'message',
    '/blocks/0/fields',
  ],
  [
    'field 2001',
    { blocks: [{ type: 'section', fields: [mrkdwn('f'.repeat(2001))] }] },
    'message',
    '/blocks/0/fields/0/text',
  ],
  [
    'header 151',
    { blocks: [{ type: 'header', text: plain('h'.repeat(151)) }] },
    'message',
    '/blocks/0/text/text',
  ],
  ['header in mrkdwn', { blocks: [{ type: 'header', text: mrkdwn('h') }] }, 'message', '/blocks/0/text/type'],
  [
    'button text 76',
    { blocks: [actions(button({ text: plain('b'.repeat(76)) }))] },
    'message',
    '/blocks/0/elements/0/text/text',
  ],
  [
    'button value 2001',
    { blocks: [actions(button({ value: 'v'.repeat(2001) }))] },
    'message',
    '/blocks/0/elements/0/value',
  ],
  [
    'button url 3001',
    { blocks: [actions(button({ url: `https://x.example/${'u'.repeat(3000)}` }))] },
    'message',
    '/blocks/0/elements/0/url',
  ],
  [
    'action_id 256',
    { blocks: [actions(button({ action_id: 'a'.repeat(256) }))] },
    'message',
    '/blocks/0/elements/0/action_id',
  ],
  [
    'block_id 256',
    { blocks: [{ type: 'divider', block_id: 'b'.repeat(256) }] },
    'message',
    '/blocks/0/block_id',
  ],
  [
    'duplicate action_id in a block',
    { blocks: [actions(button(), button())] },
    'message',
    '/blocks/0/elements/1/action_id',
  ],
  [
    'duplicate block_id',
    {
      blocks: [
        { type: 'divider', block_id: 'b' },
        { type: 'divider', block_id: 'b' },
      ],
    },
    'message',
    '/blocks/1/block_id',
  ],
  [
    '26 elements in actions',
    { blocks: [actions(...Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })))] },
    'message',
    '/blocks/0/elements',
  ],
  [
    '11 context elements',
    { blocks: [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }] },
    'message',
    '/blocks/0/elements',
  ],
  [
    '101 static select options',
    { blocks: [input({ type: 'static_select', action_id: 's', options: options(101) })] },
    'modal',
    '/blocks/0/element/options',
  ],
  [
    'option text 76',
    { blocks: [input({ type: 'static_select', action_id: 's', options: [option('t'.repeat(76), 'v')] })] },
    'modal',
    '/blocks/0/element/options/0/text/text',
  ],
  [
    'option value 76',
    { blocks: [input({ type: 'static_select', action_id: 's', options: [option('t', 'v'.repeat(76))] })] },
    'modal',
    '/blocks/0/element/options/0/value',
  ],
  [
    '11 checkboxes',
    { blocks: [input({ type: 'checkboxes', action_id: 'c', options: options(11) })] },
    'modal',
    '/blocks/0/element/options',
  ],
  [
    '11 radio buttons',
    { blocks: [input({ type: 'radio_buttons', action_id: 'r', options: options(11) })] },
    'modal',
    '/blocks/0/element/options',
  ],
  ['view title 25', modal({ title: plain('t'.repeat(25)) }), 'modal', '/title/text'],
  ['view submit 25', modal({ submit: plain('s'.repeat(25)) }), 'modal', '/submit/text'],
  ['view close 25', modal({ close: plain('c'.repeat(25)) }), 'modal', '/close/text'],
  ['private_metadata 3001', modal({ private_metadata: 'm'.repeat(3001) }), 'modal', '/private_metadata'],
  [
    'modal inputs without submit',
    modal({ blocks: [input({ type: 'plain_text_input', action_id: 'p' })] }),
    'modal',
    '/submit',
  ],
  ['unknown block type', { blocks: [{ type: 'bogus' }] }, 'message', '/blocks/0/type'],
  ['empty section text', { blocks: [section('')] }, 'message', '/blocks/0/text/text'],
];

describe('checkBlockKit', () => {
  for (const [name, payload, surface, pointer] of overLimit) {
    it(`detects ${name}`, () => {
      const errors = checkBlockKit(payload, surface);
      assert.ok(
        errors.some((e) => e.startsWith('[ERROR] ') && e.endsWith(`[json-pointer:${pointer}]`)),
        `expected an error at ${pointer}, got ${JSON.stringify(errors)}`,
      );
      assert.equal(blockKitError(payload, surface)?.error, 'invalid_blocks');
    });
  }

  it('accepts payloads exactly at every limit', () => {
    const atLimit = {
      text: 't'.repeat(40_000),
      blocks: [
        section('x'.repeat(3000)),
        { type: 'section', fields: Array.from({ length: 10 }, () => mrkdwn('f'.repeat(2000))) },
        { type: 'header', text: plain('h'.repeat(150)) },
        actions(
          ...Array.from({ length: 24 }, (_, i) => button({ action_id: `a${i}` })),
          button({
            text: plain('b'.repeat(75)),
            value: 'v'.repeat(2000),
            url: `https://x.example/${'u'.repeat(2981)}`,
            action_id: 'z'.repeat(255),
          }),
        ),
        { type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn('c')) },
        { type: 'divider', block_id: 'b'.repeat(255) },
        ...Array.from({ length: 44 }, () => ({ type: 'divider' })),
      ],
    };
    assert.equal(atLimit.blocks.length, 50);
    assert.deepEqual(checkBlockKit(atLimit, 'message'), []);
    const view = modal({
      title: plain('t'.repeat(24)),
      submit: plain('s'.repeat(24)),
      close: plain('c'.repeat(24)),
      private_metadata: 'm'.repeat(3000),
      blocks: [
        input({
          type: 'static_select',
          action_id: 's',
          options: Array.from({ length: 100 }, (_, i) => option('t'.repeat(75), `${i}`.padStart(75, 'v'))),
        }),
        input({ type: 'checkboxes', action_id: 'c', options: options(10) }),
        input({ type: 'radio_buttons', action_id: 'r', options: options(10) }),
        ...Array.from({ length: 97 }, () => ({ type: 'divider' })),
      ],
    });
    assert.deepEqual(checkBlockKit(view, 'modal'), []);
  });

  it('answers msg_too_long for a text over 40,000 characters', () => {
    assert.equal(blockKitError({ text: 't'.repeat(40_001) }, 'message')?.error, 'msg_too_long');
  });

  it('answers view_too_large for a view payload over 250 kB', () => {
    const blocks = Array.from({ length: 100 }, () => section('😀'.repeat(1500)));
    const result = blockKitError({ type: 'home', blocks }, 'home');
    assert.equal(result?.error, 'view_too_large');
  });

  it('accepts a plain text message and refuses an empty one', () => {
    assert.deepEqual(checkBlockKit({ text: 'hello' }, 'message'), []);
    assert.notDeepEqual(checkBlockKit({}, 'message'), []);
  });
});
