// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal `${…}` is hostile user text under test
/**
 * Inbound decoders: every button payload rendered for Teams or Slack comes back intact through
 * the wire shape the platform sends, and garbage is refused as a bad request.
 */
import assert from 'node:assert/strict';
import type { ActionsBlock, Button } from '@slack/types';
import {
  decodeBlockAction,
  decodeInputValues,
  isLinkButtonAction,
  renderBlockKit,
} from '../../../bots/slack/cards/render-block-kit.js';
import type { AcExecuteAction } from '../../../bots/teams/cards/ac-types.js';
import { decodeExecuteAction, renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card, SubmitButton } from '../../../shared/cards/model.js';
import { fixtures } from './fixtures.js';

function submitButtons(card: Card): SubmitButton[] {
  return card.blocks.flatMap((block) =>
    block.type === 'buttons'
      ? block.buttons.filter((b): b is SubmitButton => b.kind === 'submit')
      : block.type === 'inputs'
        ? [block.submit]
        : [],
  );
}

function executeActions(json: unknown): AcExecuteAction[] {
  const found: AcExecuteAction[] = [];
  JSON.stringify(json, (_key, value) => {
    if (value?.type === 'Action.Execute') found.push(value);
    return value;
  });
  return found;
}

/** What Teams sends: the action's verb and data, with the wire's JSON encoding in between. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('decodeExecuteAction', () => {
  for (const [name, card] of Object.entries(fixtures)) {
    it(`round-trips every button payload of ${name}`, () => {
      const expected = submitButtons(card);
      const decoded = executeActions(renderAdaptiveCard(card)).map((action) =>
        decodeExecuteAction(overTheWire({ verb: action.verb, data: action.data })),
      );
      assert.equal(decoded.length, expected.length);
      decoded.forEach((d, i) => {
        assert.equal(d.action, expected[i].action);
        assert.deepEqual(d.payload, expected[i].payload ?? {});
        assert.deepEqual(d.inputs, {});
      });
    });
  }

  it('restores payload strings that look like templates', () => {
    const [action] = executeActions(renderAdaptiveCard(fixtures.nasty));
    const decoded = decodeExecuteAction(overTheWire(action));
    assert.equal(decoded.payload.template, '${user.name}');
  });

  it('gives back the text of a prefilled value the user left as it was', () => {
    const card = {
      summary: 's',
      blocks: [
        {
          type: 'inputs' as const,
          inputs: [{ kind: 'text' as const, id: 'q', label: 'Q', value: 'Hi ${name} {{x}}' }],
          submit: { kind: 'submit' as const, action: 'form.send', label: 'Send' },
        },
      ],
    };
    const json = renderAdaptiveCard(card);
    const [input] = json.body;
    const [action] = executeActions(json);
    const decoded = decodeExecuteAction(
      overTheWire({ verb: action.verb, data: { ...action.data, [String(input.id)]: input.value } }),
    );
    assert.deepEqual(decoded.inputs, { q: 'Hi ${name} {{x}}' });
  });

  it('reads the input values Teams merges into data', () => {
    const decoded = decodeExecuteAction({
      verb: 'survey.answer',
      data: {
        action: 'survey.answer',
        payload: { survey: 's1' },
        'in.comment': 'hi',
        'in[].days': 'mon,tue',
        'in[].none': '',
        other: 1,
      },
    });
    assert.deepEqual(decoded, {
      action: 'survey.answer',
      payload: { survey: 's1' },
      inputs: { comment: 'hi', days: ['mon', 'tue'], none: [] },
    });
  });

  const garbage: [string, unknown][] = [
    ['no value', undefined],
    ['a string', 'poll.vote'],
    ['no verb', { data: {} }],
    ['a bad verb', { verb: 'rm -rf /' }],
    ['a long verb', { verb: `a${'.b'.repeat(100)}` }],
    ['verb and action disagreeing', { verb: 'poll.vote', data: { action: 'poll.close' } }],
    ['data as an array', { verb: 'poll.vote', data: [] }],
    ['payload as a string', { verb: 'poll.vote', data: { payload: 'x' } }],
    ['a nested payload', { verb: 'poll.vote', data: { payload: { a: { b: 1 } } } }],
    ['a non-finite number', { verb: 'poll.vote', data: { payload: { a: Number.NaN } } }],
    ['a __proto__ key', { verb: 'poll.vote', data: JSON.parse('{"payload":{"__proto__":"x"}}') }],
    ['an object input', { verb: 'poll.vote', data: { 'in.q': { x: 1 } } }],
  ];
  for (const [name, value] of garbage) {
    it(`refuses ${name}`, () => {
      assert.throws(() => decodeExecuteAction(value as never), { code: 'bad_request' });
    });
  }
});

describe('decodeBlockAction', () => {
  for (const [name, card] of Object.entries(fixtures)) {
    it(`round-trips every button payload of ${name}`, () => {
      const expected = submitButtons(card);
      const buttons = renderBlockKit(card)
        .blocks.filter((b): b is ActionsBlock => b.type === 'actions')
        .flatMap((b) => b.elements as Button[]);
      const decoded = buttons
        .filter((button) => !isLinkButtonAction(button))
        .map((button) =>
          decodeBlockAction(overTheWire({ action_id: button.action_id, value: button.value })),
        );
      assert.equal(decoded.length, expected.length);
      decoded.forEach((d, i) => {
        assert.equal(d.action, expected[i].action);
        assert.deepEqual(d.payload, expected[i].payload ?? {});
      });
    });
  }

  it('recognises link buttons, which must be acknowledged and not dispatched', () => {
    assert.equal(isLinkButtonAction({ action_id: '~link:3' }), true);
    assert.equal(isLinkButtonAction({ action_id: 'poll.vote:3' }), false);
    assert.throws(() => decodeBlockAction({ action_id: '~link:3' }), { code: 'bad_request' });
  });

  const garbage: [string, unknown][] = [
    ['no action', null],
    ['no action_id', { value: '{}' }],
    ['an action_id without index', { action_id: 'poll.vote' }],
    ['a bad action', { action_id: 'rm -rf:1' }],
    ['a long action_id', { action_id: `${'a'.repeat(300)}:1` }],
    ['a value that is not JSON', { action_id: 'poll.vote:1', value: '{nope' }],
    ['a JSON array value', { action_id: 'poll.vote:1', value: '[1,2]' }],
    ['a nested payload', { action_id: 'poll.vote:1', value: '{"a":{"b":1}}' }],
    ['a too long value', { action_id: 'poll.vote:1', value: `"${'x'.repeat(2001)}"` }],
    ['a numeric value', { action_id: 'poll.vote:1', value: 12 }],
  ];
  for (const [name, value] of garbage) {
    it(`refuses ${name}`, () => {
      assert.throws(() => decodeBlockAction(value as never), { code: 'bad_request' });
    });
  }
});

describe('decodeInputValues', () => {
  it('reads text, single and multiple choices by input id, ignoring other blocks', () => {
    const values = {
      'in.comment': { value: { type: 'plain_text_input', value: 'hi' } },
      'in.empty': { value: { type: 'plain_text_input', value: null } },
      'in.colour': { value: { type: 'radio_buttons', selected_option: { value: 'blue' } } },
      'in.none': { value: { type: 'static_select', selected_option: null } },
      'in.days': { value: { type: 'checkboxes', selected_options: [{ value: 'mon' }, { value: 'tue' }] } },
      other: { x: { type: 'button' } },
    };
    assert.deepEqual(decodeInputValues(values), {
      comment: 'hi',
      empty: '',
      colour: 'blue',
      none: '',
      days: ['mon', 'tue'],
    });
  });

  it('refuses malformed state', () => {
    assert.throws(() => decodeInputValues('x'), { code: 'bad_request' });
    assert.throws(() => decodeInputValues({ 'in.q': { other: {} } }), { code: 'bad_request' });
  });
});
