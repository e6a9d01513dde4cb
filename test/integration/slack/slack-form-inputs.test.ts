/**
 * A card form in a Slack message: the button click carries `state.values`, which reach the core
 * dispatcher as the card's input values (by input id), the same shape Teams delivers.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import type { ActionRequest } from '../../../shared/actions/dispatcher.js';
import { card, submit } from '../../../shared/cards/model.js';
import { blockActions } from '../../harness/slack-signing.js';
import { FRENCH, TEAM, useSlackWorld } from './slack-world.js';

describe('Slack card forms (HTTP)', () => {
  const world = useSlackWorld({}, { resetBetweenTests: false });
  const received: ActionRequest[] = [];

  before(() => {
    world.relais.core.dispatcher.register('test.form', async (request) => {
      received.push(request);
      return { card: card('ok', { type: 'text', text: `merci ${String(request.inputs?.name)}` }) };
    });
  });

  it('hands the form values to the action, by input id', async () => {
    // the button exactly as the renderer puts it in the message
    const rendered = renderBlockKit(
      card('form', { type: 'buttons', buttons: [submit('test.form', 'Envoyer', { form: 'f1' })] }),
    );
    const button = (
      rendered.blocks.find((b) => b.type === 'actions') as {
        elements: { action_id: string; value: string }[];
      }
    ).elements[0];
    await world.interact({
      ...blockActions({
        teamId: TEAM,
        userId: FRENCH.id,
        action: { action_id: button.action_id, value: button.value, type: 'button' },
      }),
      state: {
        values: {
          'in.name': { value: { type: 'plain_text_input', value: 'Amélie' } },
          'in.topics': {
            value: { type: 'checkboxes', selected_options: [{ value: 'news' }, { value: 'polls' }] },
          },
          'in.site': { value: { type: 'radio_buttons', selected_option: { value: 'lyon' } } },
          unrelated: { x: { type: 'button' } },
        },
      },
    });
    await world.fake.waitForCall('chat.update');
    assert.equal(received.length, 1);
    assert.deepEqual(received[0].inputs, { name: 'Amélie', topics: ['news', 'polls'], site: 'lyon' });
    assert.deepEqual(received[0].payload, { form: 'f1' });
  });
});
