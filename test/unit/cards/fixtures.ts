// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal `${…}` is hostile user text under test
/**
 * Cards every renderer test runs over: every block kind, the real help card in both languages,
 * oversized content, many buttons and options, unicode, and hostile user text.
 */

import { type Card, type CardBlock, card, link, submit } from '../../../shared/cards/model.js';
import { commandNames } from '../../../shared/commands/commands.js';
import { helpCard } from '../../../shared/help/help-card.js';
import { translator } from '../../../shared/i18n/i18n.js';

/** User text that tries to ping, link, format, template or break out of its field. */
export const nastyStrings = [
  '<!channel>',
  '<!everyone>',
  '<!here>',
  '<@U123>',
  '<#C123|general>',
  '<https://evil.example|click>',
  '&',
  '<',
  '>',
  '&amp; &lt;',
  '*bold*',
  '**not yours**',
  '_under_',
  '~strike~',
  '`code`',
  '${user.name}',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  '"quotes"',
  '\\',
  'line\nbreak',
  ']]></',
  '[x](javascript:alert(1))',
  '[y](data:text/html,<b>x</b>)',
  '- not a list',
  '1. not numbered',
  '# not a heading',
  '> not a quote',
];

export const nasty = nastyStrings.join(' ');

const everyBlock = card(
  'Every block kind',
  { type: 'heading', text: 'Quarterly update' },
  {
    type: 'text',
    text: 'Hello **team**, read _this_ and [the report](https://example.com/report?a=1&b=2).\n\n- first\n- second',
  },
  { type: 'text', text: 'Small print', subtle: true },
  { type: 'image', url: 'https://example.com/chart.png', alt: 'A chart' },
  {
    type: 'facts',
    facts: [
      { label: 'Author', value: 'Ada' },
      { label: 'Date', value: '2024-05-01' },
    ],
  },
  {
    type: 'choices',
    options: [
      { id: 'a', label: 'Yes', count: 7, selected: true },
      { id: 'b', label: 'No', count: 3 },
      { id: 'c', label: 'Maybe', count: 0 },
    ],
    total: 10,
  },
  {
    type: 'choices',
    options: [
      { id: 'x', label: 'Hidden results', selected: true },
      { id: 'y', label: 'Other' },
    ],
  },
  { type: 'progress', label: 'Step 3 of 7', value: 3, max: 7 },
  {
    type: 'buttons',
    buttons: [
      submit('poll.vote', 'Vote', { poll: 'p1', option: 'a' }, 'primary'),
      submit('poll.close', 'Close', { poll: 'p1', force: true, n: 3 }, 'danger'),
      submit('news.ack', 'Read'),
      link('Open', 'https://example.com/news/1'),
      link('Mail', 'mailto:someone@example.com'),
    ],
  },
  { type: 'divider' },
  {
    type: 'inputs',
    inputs: [
      {
        kind: 'text',
        id: 'comment',
        label: 'Comment',
        placeholder: 'Say something',
        multiline: true,
        required: true,
      },
      { kind: 'text', id: 'name', label: 'Name', value: 'Ada', maxLength: 80 },
      {
        kind: 'choice',
        id: 'colour',
        label: 'Colour',
        options: [
          { id: 'red', label: 'Red' },
          { id: 'blue', label: 'Blue' },
        ],
        value: ['blue'],
        required: true,
        errorMessage: 'Pick a colour',
      },
      {
        kind: 'choice',
        id: 'days',
        label: 'Days',
        multiple: true,
        options: [
          { id: 'mon', label: 'Monday' },
          { id: 'tue', label: 'Tuesday' },
        ],
        value: ['mon', 'tue'],
      },
    ],
    submit: submit('survey.answer', 'Send', { survey: 's1' }, 'primary'),
  },
  { type: 'context', text: 'Posted by **Ada** · anonymous poll' },
);

const nastyCard = card(
  nasty,
  { type: 'heading', text: nasty },
  { type: 'text', text: nasty },
  { type: 'text', text: nastyStrings.join('\n'), subtle: true },
  { type: 'image', url: 'javascript:alert(1)', alt: nasty },
  { type: 'image', url: 'https://example.com/a.png?x=${y}', alt: nasty },
  { type: 'facts', facts: nastyStrings.map((s) => ({ label: s, value: nasty })).slice(0, 12) },
  {
    type: 'choices',
    options: nastyStrings.slice(0, 5).map((s, i) => ({ id: `o${i}`, label: s, count: i, selected: i === 2 })),
  },
  { type: 'progress', label: nasty, value: 2, max: 5 },
  {
    type: 'buttons',
    buttons: [
      submit('poll.vote', nasty, { text: nasty, template: '${user.name}', n: -1.5, ok: false }),
      link(nasty, 'https://example.com/?q=${x}'),
      link('bad', 'javascript:alert(1)'),
    ],
  },
  {
    type: 'inputs',
    inputs: [
      { kind: 'text', id: 'q', label: nasty, placeholder: nasty, value: nasty, required: true },
      {
        kind: 'choice',
        id: 'c',
        label: nasty,
        options: nastyStrings.slice(0, 4).map((s, i) => ({ id: `c${i}`, label: s })),
      },
    ],
    submit: submit('form.send', nasty, { k: nasty }),
  },
  { type: 'context', text: nasty },
);

const huge = 'Lorem ipsum dolor sit amet, **consectetur** adipiscing & <elit>. '.repeat(2000);
const hugeCard = card(
  huge,
  { type: 'heading', text: 'H'.repeat(1000) },
  { type: 'text', text: huge },
  { type: 'text', text: huge.replaceAll('. ', '.\n\n') },
  {
    type: 'facts',
    facts: Array.from({ length: 30 }, (_, i) => ({
      label: `Fact ${i} `.repeat(50),
      value: huge.slice(0, 5000),
    })),
  },
  { type: 'context', text: huge },
  { type: 'buttons', buttons: [submit('news.ack', 'B'.repeat(500))] },
);

const manyButtons = card(
  'Many buttons',
  { type: 'heading', text: 'Pick one' },
  {
    type: 'buttons',
    buttons: Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3
        ? link(`Link ${i}`, `https://example.com/${i}`)
        : submit('poll.vote', `Option ${i}`, { option: `o${i}` }),
    ),
  },
);

const manyOptions = card(
  'Many options',
  {
    type: 'choices',
    options: Array.from({ length: 200 }, (_, i) => ({
      id: `o${i}`,
      label: `Option ${i} 🎉`,
      count: i,
      selected: i === 42,
    })),
  },
  {
    type: 'inputs',
    inputs: [
      {
        kind: 'choice',
        id: 'one',
        label: 'One',
        options: Array.from({ length: 200 }, (_, i) => ({ id: `o${i}`, label: `Option ${i}` })),
      },
      {
        kind: 'choice',
        id: 'some',
        label: 'Some',
        multiple: true,
        options: Array.from({ length: 200 }, (_, i) => ({ id: `o${i}`, label: `Option ${i}` })),
      },
      {
        kind: 'choice',
        id: 'few',
        label: 'Few',
        multiple: true,
        options: Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, label: `F${i}` })),
      },
    ],
    submit: submit('survey.answer', 'Send'),
  },
);

const unicode = 'Café crème, naïve façade — 日本語のテキスト, emoji 👩‍👩‍👧‍👦 🇫🇷 🎉 ✓ «guillemets» ';
const unicodeCard = card(
  unicode,
  { type: 'heading', text: unicode.repeat(20) },
  { type: 'text', text: `${unicode}**${unicode}** _${unicode}_\n- ${unicode}`.repeat(40) },
  { type: 'facts', facts: [{ label: unicode, value: unicode.repeat(100) }] },
  { type: 'buttons', buttons: [submit('poll.vote', unicode, { label: unicode })] },
  { type: 'context', text: unicode },
);

const manyBlocks = card(
  'Many blocks',
  ...Array.from(
    { length: 120 },
    (_, i): CardBlock => (i % 3 === 2 ? { type: 'divider' } : { type: 'text', text: `Paragraph ${i}` }),
  ),
);

const t = (locale: 'fr' | 'en') => translator(locale);
const help = (locale: 'fr' | 'en', topic?: 'news' | 'polls' | 'tours') =>
  helpCard({
    t: t(locale),
    name: 'Ada <!channel> & ${x}',
    consoleUrl: 'https://relais.example/tabs',
    // every command word, so the renderers' fixtures keep their full text
    commands: commandNames.map((name) => t(locale)(`help.command.${name}`)),
    topic,
  });

export const fixtures: Record<string, Card> = {
  everyBlock,
  nasty: nastyCard,
  huge: hugeCard,
  manyButtons,
  manyOptions,
  unicode: unicodeCard,
  manyBlocks,
  empty: card('Nothing'),
  helpEn: help('en'),
  helpFr: help('fr'),
  helpEnTopic: help('en', 'polls'),
  helpFrTopic: help('fr', 'tours'),
};
