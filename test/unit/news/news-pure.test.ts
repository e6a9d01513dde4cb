/**
 * The pure parts of news: publish times in a time zone (daylight saving, the spring-forward gap),
 * tracked-link tokens (signed, forged, non-http), reminder delays, and the news card rendered by
 * both adapters (the official Adaptive Cards parser and the Block Kit limits accept it; the
 * acknowledgement button comes and goes; user text stays text).
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { parseDelayMs } from '../../../shared/config/delay.js';
import type { AppError } from '../../../shared/errors/errors.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { newsCard, withdrawnCard } from '../../../shared/news/news-card.js';
import { newsInputSchema, variantFor } from '../../../shared/news/news-model.js';
import { resolvePublishTime, zonedTimeToUtc } from '../../../shared/news/publish-time.js';
import { signLink, verifyLink } from '../../../shared/news/tracked-links.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { validateWithSdk } from '../cards/ac-validate.js';

describe('news: publish time', () => {
  it('reads a local time in its zone, summer and winter', () => {
    assert.equal(
      zonedTimeToUtc('2026-07-01T09:00', 'Europe/Paris').toISOString(),
      '2026-07-01T07:00:00.000Z',
    );
    assert.equal(
      zonedTimeToUtc('2026-12-01T09:00', 'Europe/Paris').toISOString(),
      '2026-12-01T08:00:00.000Z',
    );
    assert.equal(
      zonedTimeToUtc('2026-12-01T09:00:30', 'America/New_York').toISOString(),
      '2026-12-01T14:00:30.000Z',
    );
  });

  it('moves a time in the spring-forward gap forward, and takes the first of a repeated hour', () => {
    // 2026-03-29 02:30 does not exist in Paris (02:00 → 03:00)
    assert.equal(
      zonedTimeToUtc('2026-03-29T02:30', 'Europe/Paris').toISOString(),
      '2026-03-29T01:30:00.000Z',
    );
    // 2026-10-25 02:30 happens twice in Paris; the first is 00:30 UTC
    assert.equal(
      zonedTimeToUtc('2026-10-25T02:30', 'Europe/Paris').toISOString(),
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('takes an offset as given, and asks for a zone otherwise', () => {
    assert.equal(
      resolvePublishTime('2026-07-01T09:00:00+02:00', undefined).toISOString(),
      '2026-07-01T07:00:00.000Z',
    );
    assert.throws(
      () => resolvePublishTime('2026-07-01T09:00', undefined),
      (e: AppError) => e.code === 'validation_failed',
    );
    assert.throws(() => resolvePublishTime('2026-07-01T09:00', 'Nowhere/City'), /IANA/);
  });
});

describe('news: tracked links', () => {
  const secret = 'k'.repeat(43);
  const claim = { n: 'news-1', p: 'person-1', d: 'delivery-1', u: 'https://intranet.example/a?b=1&c=2' };

  it('verifies its own tokens and refuses edited or foreign ones', () => {
    const token = signLink(claim, secret);
    assert.deepEqual(verifyLink(token, secret), claim);
    assert.equal(verifyLink(token, 'another-secret'), undefined);
    const [body, mac] = token.split('.');
    const other = Buffer.from(JSON.stringify(['news-1', 'person-2', 'delivery-1', claim.u])).toString(
      'base64url',
    );
    assert.equal(verifyLink(`${other}.${mac}`, secret), undefined);
    assert.equal(verifyLink(`${body}.`, secret), undefined);
    assert.equal(verifyLink('garbage', secret), undefined);
  });

  it('never follows a non-http target, even correctly signed', () => {
    assert.equal(verifyLink(signLink({ ...claim, u: 'javascript:alert(1)' }, secret), secret), undefined);
  });
});

describe('news: settings and model', () => {
  it('reads reminder delays as ISO durations or hours', () => {
    assert.equal(parseDelayMs('PT24H'), 86_400_000);
    assert.equal(parseDelayMs('P1DT2H30M'), 95_400_000);
    assert.equal(parseDelayMs('PT2S'), 2_000);
    assert.equal(parseDelayMs('48'), 172_800_000);
    assert.equal(parseDelayMs('P'), undefined);
    assert.equal(parseDelayMs('tomorrow'), undefined);
  });

  it('gives each reader their language, else the other one', () => {
    const variants = { fr: { title: 'Bonjour', summary: '', body: '', buttons: [] } };
    assert.deepEqual(variantFor(variants, 'en'), { locale: 'fr', variant: variants.fr });
    const parsed = newsInputSchema.safeParse({ variants: {}, audience: { everyone: true } });
    assert.equal(parsed.success, false);
  });
});

describe('news: cards', () => {
  const data = {
    newsId: 'n1',
    locale: 'en' as const,
    variant: {
      title: 'Safety *first*',
      summary: 'Read [this](https://evil.example)',
      body: 'A **new** procedure.\n- step one\n- step two',
      imageUrl: 'https://intranet.example/image.png',
      buttons: [{ label: 'Open', url: 'https://intranet.example/p' }],
    },
    strategic: true,
    authorName: 'Jean_Dupont *boss*',
    date: '2026-11-22T10:00:00.000Z',
    acknowledgedAt: null,
    linkUrl: (_url: string, i: number) => `https://relais.example/api/v1/r/token-${i}`,
  };
  const t = translator('en');

  it('renders on both platforms within their limits, with tracked links and the ack button', () => {
    const card = newsCard(data, t);
    const ac = renderAdaptiveCard(card);
    assert.deepEqual(validateWithSdk(ac).events, []);
    const json = JSON.stringify(ac);
    assert.match(json, /https:\/\/relais\.example\/api\/v1\/r\/token-0/);
    assert.doesNotMatch(json, /intranet\.example\/p"/, 'the real URL is not in the card');
    assert.match(json, /"verb":"news\.ack"/);
    const slack = renderBlockKit(card);
    assert.deepEqual(checkBlockKit(slack, 'message'), []);
    // the summary is text: its markdown-looking link stays literal
    assert.doesNotMatch(JSON.stringify(slack), /<https:\/\/evil\.example\|this>/);
  });

  it('shows the acknowledgement date instead of the button once acknowledged', () => {
    const card = newsCard({ ...data, acknowledgedAt: '2026-11-23T08:00:00.000Z' }, t);
    const json = JSON.stringify(renderAdaptiveCard(card));
    assert.doesNotMatch(json, /news\.ack/);
    assert.match(json, /Acknowledged on 23 November 2026/);
  });

  it('has a short withdrawn card in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      const card = withdrawnCard(translator(locale), 'Old *news*');
      assert.deepEqual(validateWithSdk(renderAdaptiveCard(card)).events, []);
      assert.deepEqual(checkBlockKit(renderBlockKit(card), 'message'), []);
    }
  });
});
