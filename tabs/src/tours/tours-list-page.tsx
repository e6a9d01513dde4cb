/** The list of tours: name, status, audience, number of steps; a link to each and to the library. */
import {
  Badge,
  Body1,
  Button,
  Link,
  MessageBar,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import type { Tour, ToursApi } from './tours-api.js';
import { useToursText } from './tours-text.js';

export const useToursStyles = makeStyles({
  back: { display: 'block', marginBottom: tokens.spacingVerticalS },
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { marginTop: tokens.spacingVerticalXL },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export const errorText = (t: ReturnType<typeof useI18n>['t'], error: unknown): string =>
  describeError(error instanceof Error ? error : new Error(String(error)), t);

export function ToursListPage({ api, go }: { api: ToursApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { tt } = useToursText();
  const styles = useToursStyles();
  const [tours, setTours] = useState<Tour[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.list().then(setTours, (e: unknown) => setError(errorText(t, e)));
  }, [api, t]);

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Title2 as="h1">{tt('tours.title')}</Title2>
        <div className={styles.actions}>
          <Button onClick={() => go('#/tours/library')}>{tt('tours.library')}</Button>
          <Button appearance="primary" onClick={() => go('#/tours/new')}>
            {tt('tours.new')}
          </Button>
        </div>
      </div>
      <Body1>{tt('tours.intro')}</Body1>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {!tours && !error && <Spinner label={t('app.loading')} />}
      {tours && tours.length === 0 && <p>{tt('tours.empty')}</p>}
      {tours && tours.length > 0 && (
        <Table aria-label={tt('tours.title')} data-testid="tours-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{tt('tours.col.name')}</TableHeaderCell>
              <TableHeaderCell>{tt('tours.col.status')}</TableHeaderCell>
              <TableHeaderCell>{tt('tours.col.audience')}</TableHeaderCell>
              <TableHeaderCell>{tt('tours.col.steps')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tours.map((tour) => (
              <TableRow key={tour.id}>
                <TableCell>
                  <Link
                    href={`#/tours/${encodeURIComponent(tour.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      go(`#/tours/${encodeURIComponent(tour.id)}`);
                    }}
                  >
                    {tour.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <Badge appearance="outline" color={tour.status === 'active' ? 'success' : 'informative'}>
                    {tt(`tours.status.${tour.status}`)}
                  </Badge>
                </TableCell>
                <TableCell>
                  {[
                    tt(`tours.who.${tour.audience.who}`),
                    ...tour.audience.departments,
                    ...tour.audience.sites,
                  ].join(' · ')}
                </TableCell>
                <TableCell>{tour.steps.length}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
