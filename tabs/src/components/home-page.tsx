/**
 * The home page: a welcome, one panel per capability (tabs/src/capabilities.ts), then one per
 * feature still to come, which says so plainly and shows no made-up data.
 */
import { Body1, makeStyles, Subtitle2, Title2, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { capabilities } from '../capabilities.js';
import { useI18n } from '../i18n/i18n.js';
import { FeatureCard } from './feature-card.js';

/** Features whose pages are not built yet. */
const comingSoon = ['groups', 'insights'] as const;

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
          {capabilities.map(({ name, HomeCard }) => (
            <li key={name}>
              <HomeCard me={me} />
            </li>
          ))}
          {comingSoon.map((feature) => (
            <li key={feature}>
              <FeatureCard
                name={feature}
                title={t(`feature.${feature}.title`)}
                description={t(`feature.${feature}.description`)}
                badge={t('feature.coming_soon')}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
