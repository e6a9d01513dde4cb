/**
 * The composer's live preview: the draft goes to the server, which builds the neutral news card
 * per language with the same function delivery uses (POST /api/v1/news/preview); the adapters'
 * pure renderers, bundled in the console, turn it into the Adaptive Card Teams receives and the
 * Block Kit Slack receives, and both are drawn side by side. Debounced while the author types.
 */
import { MessageBar, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { KnownBlock } from '@slack/types';
import { useMemo, useState } from 'react';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { type AdaptiveCardJson, renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { pause, useLoad } from '../api/use-load.js';
import { LanguageChoice } from '../components/language-choice.js';
import { useI18n } from '../i18n/i18n.js';
import type { NeutralCard, NewsApi, NewsDraft, NewsLocale } from './news-api.js';
import { SlackBlocksPreview } from './slack-blocks-preview.js';
import { TeamsCardPreview } from './teams-card-preview.js';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    position: 'sticky',
    top: tokens.spacingVerticalM,
  },
  surface: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  teamsFrame: { backgroundColor: '#ffffff', borderRadius: tokens.borderRadiusMedium, color: '#242424' },
});

interface Rendered {
  teams?: AdaptiveCardJson;
  slack?: KnownBlock[];
  error?: string;
}

function renderBoth(card: NeutralCard | undefined): Rendered {
  if (!card) return {};
  try {
    return { teams: renderAdaptiveCard(card as Card), slack: renderBlockKit(card as Card).blocks };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export const previewDebounceMs = 300;

export function NewsPreviewPane({ news, draft }: { news: NewsApi; draft: NewsDraft }) {
  const { t, locale: uiLocale } = useI18n();
  const styles = useStyles();
  const [locale, setLocale] = useState<NewsLocale>(uiLocale);
  // the draft as text: a new preview when what the author wrote changes, once the typing pauses
  const preview = useLoad(
    async (signal) => {
      await pause(previewDebounceMs, signal);
      return news.preview(draft, signal);
    },
    [draft],
    { keepPrevious: true },
  );
  const cards: Partial<Record<NewsLocale, NeutralCard>> = preview.data?.cards ?? {};
  const failure = preview.error?.message;

  const shown: NewsLocale = cards[locale] ? locale : ((Object.keys(cards)[0] as NewsLocale) ?? locale);
  const rendered = useMemo(() => renderBoth(cards[shown]), [cards, shown]);

  return (
    <section className={styles.pane} aria-labelledby="preview-title" data-testid="news-preview">
      <Subtitle2 as="h2" id="preview-title">
        {t('news.preview.title')}
      </Subtitle2>
      <LanguageChoice
        label={t('news.preview.language')}
        value={shown}
        onChange={setLocale}
        disabled={{ fr: !cards.fr, en: !cards.en }}
      />
      {failure && <MessageBar intent="warning">{t('news.preview.failed', { message: failure })}</MessageBar>}
      {rendered.error && (
        <MessageBar intent="error">{t('news.preview.failed', { message: rendered.error })}</MessageBar>
      )}
      <div className={styles.surface}>
        <Subtitle2 as="h3">{t('news.preview.teams')}</Subtitle2>
        <div className={styles.teamsFrame}>
          <TeamsCardPreview card={rendered.teams} label={t('news.preview.teams')} />
        </div>
      </div>
      <div className={styles.surface}>
        <Subtitle2 as="h3">{t('news.preview.slack')}</Subtitle2>
        <SlackBlocksPreview blocks={rendered.slack} label={t('news.preview.slack')} />
      </div>
    </section>
  );
}
