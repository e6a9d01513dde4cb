/**
 * Literal user text in Slack mrkdwn: URLs and email addresses reach Slack byte for byte (so it
 * auto-links them), while emphasis markers that Slack would pair can no longer style anything.
 */
import assert from 'node:assert/strict';
import { escapeMrkdwn, literalMrkdwn, zeroWidthSpace } from '../../../bots/slack/cards/slack-text.js';
import { prng, randomText } from './hostile-text.js';
import { slackEmphasisSpans } from './invariants.js';

const visible = (text: string) => text.replaceAll(zeroWidthSpace, '');

describe('literalMrkdwn', () => {
  it('keeps URLs and email addresses byte for byte', () => {
    for (const text of [
      'jean_dupont@corp.fr',
      'https://intra/my_page',
      'https://intra/~jean/*draft*_v2',
      'mailto:jean_dupont@corp.fr',
      'écrire à jean_dupont@corp.fr, ou voir https://intra/my_page.',
      '(https://intra/a_b_c) et marie-claire_o~neil+news@sub.corp.fr',
    ]) {
      assert.equal(literalMrkdwn(text), text);
    }
  });

  it('leaves markers inside words alone (snake_case, a*b)', () => {
    assert.equal(literalMrkdwn('my_var_name a*b*c x~y'), 'my_var_name a*b*c x~y');
  });

  it('makes _x_, *x*, ~x~ and `x` in a name unable to style text', () => {
    for (const name of [
      '_x_',
      '*x*',
      '~x~',
      '`x`',
      'Jean *le boss* Dupont',
      '*_x_*',
      '**gras**',
      '_a_b_',
      '(*y*)',
    ]) {
      const out = literalMrkdwn(name);
      assert.ok(slackEmphasisSpans(name).length > 0, `the model sees emphasis in ${name}`);
      assert.deepEqual(slackEmphasisSpans(out), [], `emphasis left in ${JSON.stringify(out)}`);
      assert.equal(visible(out), name, 'and the name still reads as typed');
    }
  });

  it('breaks markers around a URL or an email without touching it', () => {
    const out = literalMrkdwn('_https://intra/page_ *jean_dupont@corp.fr*');
    assert.deepEqual(slackEmphasisSpans(out), []);
    assert.ok(out.includes('https://intra/page'));
    assert.ok(out.includes('jean_dupont@corp.fr'));
    assert.equal(visible(out), '_https://intra/page_ *jean_dupont@corp.fr*');
  });

  it('still escapes &, < and >', () => {
    assert.equal(
      literalMrkdwn('<!channel> & <https://evil|x>'),
      '&lt;!channel&gt; &amp; &lt;https://evil|x&gt;',
    );
  });

  it('never leaves emphasis in random hostile text (seeded)', () => {
    const next = prng(20240611);
    const markers = ['*', '_', '~', '`', ' ', 'a', 'jean_dupont@corp.fr', 'https://x/_y_'];
    for (let i = 0; i < 500; i++) {
      let text = randomText(next, 12);
      for (let k = 0; k < 6; k++) text += markers[Math.floor(next() * markers.length)];
      const out = literalMrkdwn(text);
      assert.deepEqual(
        slackEmphasisSpans(out),
        [],
        `emphasis in ${JSON.stringify(out)} from ${JSON.stringify(text)}`,
      );
      assert.equal(visible(out), visible(escapeMrkdwn(text)), 'only invisible characters were added');
    }
  });
});
