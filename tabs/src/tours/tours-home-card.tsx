/** The Tours panel of the home page: for communicators and admins, links to the tours console. */
import { Card, CardHeader, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { useToursText } from './tours-text.js';

const useStyles = makeStyles({
  card: { height: '100%' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** API keys (automation) and organisation-wide communicators or admins edit tours; the server checks again. */
export const canEditTours = (me: Me | undefined): boolean =>
  Boolean(
    me &&
      (me.via === 'api_key' ||
        me.person?.roles.some((r) => (r.role === 'admin' || r.role === 'communicator') && !r.scope)),
  );

/** `#/tours…` is the tours console. */
export const isToursHash = (hash: string): boolean => /^#\/tours(\/|$)/.test(hash);

export function ToursHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const { tt } = useToursText();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="feature-tours">
      <CardHeader header={<h3 className={styles.title}>{t('feature.tours.title')}</h3>} />
      <Text>{t('feature.tours.description')}</Text>
      {canEditTours(me) && (
        <div className={styles.links}>
          <Link href="#/tours">{tt('tours.title')}</Link>
          <Link href="#/tours/new">{tt('tours.new')}</Link>
          <Link href="#/tours/library">{tt('tours.library')}</Link>
        </div>
      )}
    </Card>
  );
}
