/**
 * The home page: a welcome and one panel per place the feature issues will fill. The panels say
 * plainly that the feature is coming; they show no made-up data.
 */
import {
  Badge,
  Body1,
  Card,
  CardHeader,
  makeStyles,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { NewsHomeCard } from '../news/news-home-card.js';
import { PollsHomeCard } from '../polls/polls-home-card.js';
import { ToursHomeCard } from '../tours/tours-home-card.js';

const features = ['news', 'polls', 'tours', 'ambassadors', 'groups', 'insights'] as const;

const useStyles = makeStyles({
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
  },
  title: { margin: 0 },
  intro: { display: 'block', marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalXL },
  sectionTitle: { display: 'block', marginBottom: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  card: { height: '100%' },
  cardTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function HomePage({ me }: { me?: Me } = {}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title2 as="h1" className={styles.title}>
        {t('home.title')}
      </Title2>
      <Body1 className={styles.intro}>{t('home.intro')}</Body1>
      <section aria-labelledby="features-title">
        <Subtitle2 as="h2" id="features-title" className={styles.sectionTitle}>
          {t('home.features')}
        </Subtitle2>
        <ul className={styles.grid}>
          {features.map((feature) => (
            <li key={feature}>
              {feature === 'news' ? (
                <NewsHomeCard me={me} />
              ) : feature === 'polls' ? (
                <PollsHomeCard me={me} />
              ) : feature === 'tours' ? (
                <ToursHomeCard me={me} />
              ) : (
                <Card className={styles.card} data-testid={`feature-${feature}`}>
                  <CardHeader
                    header={<h3 className={styles.cardTitle}>{t(`feature.${feature}.title`)}</h3>}
                    action={
                      <Badge appearance="outline" color="informative">
                        {t('feature.coming_soon')}
                      </Badge>
                    }
                  />
                  <Text>{t(`feature.${feature}.description`)}</Text>
                </Card>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
