/**
 * The console's news composer rules, as pure functions: a pasted CSV becomes people, channel
 * lines become targets, a local time in a chosen zone becomes the right instant (summer and
 * winter time), only written languages reach the draft; and the preview markups escape every
 * character of card text before building any tag.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { card } from '../../../shared/cards/model.js';
import {
  channelsOf,
  draftOf,
  initialComposerState,
  peopleOf,
  utcToZoned,
  zonedToUtc,
} from '../../../tabs/src/news/composer-state.js';
import { newsRouteOf } from '../../../tabs/src/news/news-route.js';
import { cardMarkdownToHtml, mrkdwnToHtml } from '../../../tabs/src/news/preview-markup.js';

describe('news composer state', () => {
  it('reads people from a pasted CSV: emails anywhere on a line, else the first cell; header skipped', () => {
    const csv = 'email,name\nAmelie@Example.com,Amélie\n"john@example.com";John\nperson-42\n\n';
    assert.deepEqual(peopleOf(csv), ['amelie@example.com', 'john@example.com', 'person-42']);
    assert.deepEqual(peopleOf('a@x.fr\na@x.fr'), ['a@x.fr'], 'duplicates once');
  });

  it('reads channel lines and reports the ones it cannot understand', () => {
    const { channels, invalid } = channelsOf(
      'slack T01 C02 #general news\nteams tenant 19:abc@thread.tacv2\nbad line',
    );
    assert.deepEqual(channels, [
      { platform: 'slack', tenantId: 'T01', conversationId: 'C02', name: '#general news' },
      { platform: 'teams', tenantId: 'tenant', conversationId: '19:abc@thread.tacv2' },
    ]);
    assert.deepEqual(invalid, ['bad line']);
  });

  it('turns a local time in a zone into the instant, in winter and in summer', () => {
    assert.equal(zonedToUtc('2026-12-01T09:00', 'Europe/Paris'), '2026-12-01T08:00:00.000Z');
    assert.equal(zonedToUtc('2026-07-01T09:00', 'Europe/Paris'), '2026-07-01T07:00:00.000Z');
    assert.equal(zonedToUtc('2026-07-01T09:00', 'America/New_York'), '2026-07-01T13:00:00.000Z');
    assert.equal(utcToZoned('2026-07-01T07:00:00.000Z', 'Europe/Paris'), '2026-07-01T09:00');
    assert.throws(() => zonedToUtc('tomorrow', 'UTC'), RangeError);
  });

  it('puts only the written languages in the draft, with the image and complete buttons in each', () => {
    const state = initialComposerState('fr', 'Europe/Paris');
    state.variants.en = { title: ' Canteen ', summary: '', body: 'Hi' };
    state.imageUrl = 'https://img.example/a.png';
    state.buttons = [
      { label: 'Menu', url: 'https://intra.example/menu' },
      { label: 'Half typed', url: 'https://' },
    ];
    state.expiresAt = '2026-12-01T09:00';
    state.audience = {
      ...state.audience,
      departments: ['Ventes', 'Support'],
      people: [{ id: 'person-1', label: 'Amélie' }],
    };
    const draft = draftOf(state);
    assert.deepEqual(Object.keys(draft.variants), ['en']);
    assert.equal(draft.variants.en?.title, 'Canteen');
    assert.equal(draft.variants.en?.imageUrl, 'https://img.example/a.png');
    assert.deepEqual(draft.variants.en?.buttons, [{ label: 'Menu', url: 'https://intra.example/menu' }]);
    assert.equal(draft.expiresAt, '2026-12-01T08:00:00.000Z');
    assert.deepEqual(draft.audience.departments, ['Ventes', 'Support']);
    assert.deepEqual(draft.audience.people, ['person-1']);
    assert.equal(draft.audience.everyone, undefined);
  });

  it('sends nothing but everyone when everyone is chosen: no department, person or channel rides along', () => {
    const state = initialComposerState('fr', 'Europe/Paris');
    assert.equal(state.audience.everyone, false, 'nobody is chosen until the author says who');
    state.audience = { ...state.audience, everyone: true, departments: ['Finances'], roles: ['admin'] };
    state.channels = 'slack T0123 C0456 #general';
    assert.deepEqual(draftOf(state).audience, { everyone: true, includeGuests: false });
    state.audience = { ...state.audience, everyone: false };
    const audience = draftOf(state).audience;
    assert.deepEqual(audience.departments, ['Finances']);
    assert.equal(audience.channels?.length, 1);
  });

  it('routes the hash to the news pages', () => {
    assert.deepEqual(newsRouteOf('#/news'), { page: 'list' });
    assert.deepEqual(newsRouteOf('#/news/new'), { page: 'compose' });
    assert.deepEqual(newsRouteOf('#/news/abc-1/edit'), { page: 'edit', id: 'abc-1' });
    assert.deepEqual(newsRouteOf('#/news/abc-1'), { page: 'progress', id: 'abc-1' });
    assert.deepEqual(newsRouteOf('#/my-news'), { page: 'feed' });
    assert.equal(newsRouteOf(''), undefined);
    assert.equal(newsRouteOf('#/news/../../x'), undefined);
  });
});

describe('news preview markups', () => {
  it('Adaptive Card markdown: formatting becomes tags, everything else is escaped text', () => {
    const html = cardMarkdownToHtml(
      '**Hi** <img src=x onerror=alert(1)> _you_\n- [Menu](https://a.example/?x=1&y=2)\n- two',
    );
    assert.ok(html.startsWith('<strong>Hi</strong> &lt;img src=x onerror=alert(1)&gt; <em>you</em>'));
    assert.ok(html.includes('<ul><li><a href="https://a.example/?x=1&amp;y=2"'));
    assert.ok(html.includes('<li>two</li></ul>'));
    assert.ok(!cardMarkdownToHtml('[x](javascript:alert(1))').includes('<a'), 'only web and mail links');
  });

  it('Slack mrkdwn from our renderer: bold, italic, links, and user text kept literal', () => {
    const { blocks } = renderBlockKit(
      card('s', {
        type: 'text',
        text: '**Hi** _there_ [menu](https://a.example/m?x=1&y=2) <b>not html</b> 2*3*4',
      }),
    );
    const text = (blocks[0] as { text: { text: string } }).text.text;
    const html = mrkdwnToHtml(text);
    assert.ok(html.includes('<b>Hi</b>'), html);
    assert.ok(html.includes('<i>there</i>'), html);
    assert.ok(
      html.includes('<a href="https://a.example/m?x=1&amp;y=2" target="_blank" rel="noreferrer">menu</a>'),
      html,
    );
    assert.ok(html.includes('&lt;b&gt;not html&lt;/b&gt;'), html);
    assert.ok(html.includes('2*3*4'), 'a marker inside a word does not pair');
    assert.ok(!mrkdwnToHtml('<javascript:alert(1)|x>').includes('<a'), 'only web and mail links');
  });
});
