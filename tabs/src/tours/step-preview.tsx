/**
 * A tour step as it will arrive, drawn as the Teams and Slack cards side by side: the server
 * builds the neutral card with the function journeys use (POST /api/v1/tours/step-preview), and
 * the adapters' renderers bundled in the console draw it, as in the news composer. The author
 * also sends the step to themselves as a test, in either language.
 */
import {
  Button,
  MessageBar,
  makeStyles,
  Select,
  Subtitle2,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { pause, useLoad } from '../api/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { SlackBlocksPreview } from '../news/slack-blocks-preview.js';
import { TeamsCardPreview } from '../news/teams-card-preview.js';
import {
  type StepCardBody,
  type TourLocale,
  type TourStep,
  type ToursApi,
  writtenStep,
} from './tours-api.js';
import { errorText } from './tours-styles.js';
import { useToursText } from './tours-text.js';

const useStyles = makeStyles({
  panes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 300px), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  surface: {
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  teamsFrame: { backgroundColor: '#ffffff', borderRadius: tokens.borderRadiusMedium, color: '#242424' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

const DEBOUNCE_MS = 300;

export function StepPreview(props: { api: ToursApi; step: TourStep; index: number; total: number }) {
  const { api, index, total } = props;
  const { t, locale: uiLocale } = useI18n();
  const { tt } = useToursText();
  const styles = useStyles();
  const [locale, setLocale] = useState<TourLocale>(uiLocale);
  const [testLocale, setTestLocale] = useState<TourLocale>(uiLocale);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const written = writtenStep(props.step);
  const body: StepCardBody = {
    step: { content: written.content, tutorialIds: written.tutorialIds, task: written.task },
    index,
    total,
  };
  const preview = useLoad(
    async (signal) => {
      await pause(DEBOUNCE_MS, signal);
      return api.previewStep(body, signal);
    },
    [body],
    { keepPrevious: true },
  );
  const card = preview.data?.cards[locale] as Card | undefined;
  const rendered = useMemo(
    () => (card ? { teams: renderAdaptiveCard(card), slack: renderBlockKit(card).blocks } : undefined),
    [card],
  );

  async function sendTest() {
    setNotice(undefined);
    try {
      const sent = await api.testStep({ ...body, locale: testLocale });
      setNotice({
        ok: true,
        text: tt('tours.step.test_sent', { platforms: sent.sentTo.map((s) => s.platform).join(', ') }),
      });
    } catch (e) {
      setNotice({ ok: false, text: errorText(t, e) });
    }
  }

  return (
    <section aria-label={tt('tours.step.preview', { n: index + 1 })} data-testid="step-preview">
      <TabList
        selectedValue={locale}
        onTabSelect={(_e, data) => setLocale(data.value as TourLocale)}
        aria-label={t('news.preview.language')}
        size="small"
      >
        <Tab value="fr">{t('news.locale.fr')}</Tab>
        <Tab value="en">{t('news.locale.en')}</Tab>
      </TabList>
      {preview.error && <MessageBar intent="warning">{errorText(t, preview.error)}</MessageBar>}
      <div className={styles.panes}>
        <div className={styles.surface}>
          <Subtitle2 as="h4">{t('news.preview.teams')}</Subtitle2>
          <div className={styles.teamsFrame}>
            <TeamsCardPreview card={rendered?.teams} label={t('news.preview.teams')} />
          </div>
        </div>
        <div className={styles.surface}>
          <Subtitle2 as="h4">{t('news.preview.slack')}</Subtitle2>
          <SlackBlocksPreview blocks={rendered?.slack} label={t('news.preview.slack')} />
        </div>
      </div>
      <div className={styles.row}>
        <Select
          aria-label={tt('tours.step.test_language')}
          value={testLocale}
          onChange={(_, d) => setTestLocale(d.value as TourLocale)}
        >
          <option value="fr">{t('news.locale.fr')}</option>
          <option value="en">{t('news.locale.en')}</option>
        </Select>
        <Button onClick={() => void sendTest()} data-testid="step-test">
          {tt('tours.step.test')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.ok ? 'success' : 'error'} data-testid="step-test-notice">
          {notice.text}
        </MessageBar>
      )}
    </section>
  );
}
