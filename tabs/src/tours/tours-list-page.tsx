/** The list of tours: name, status, audience, number of steps; a link to each and to the library. */
import { Badge, Body1, Button, Link, Title2 } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import type { ToursApi } from './tours-api.js';
import { errorText, useToursStyles } from './tours-styles.js';
import { inReaderLanguage, useToursText } from './tours-text.js';

export function ToursListPage({ api, go }: { api: ToursApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { tt, locale } = useToursText();
  const styles = useToursStyles();
  const tours = useLoad((signal) => api.list(signal), []);
  const open = (id: string) => `#/tours/${encodeURIComponent(id)}`;

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
      <DataList
        label={tt('tours.title')}
        testId="tours-list"
        rows={tours.data}
        rowKey={(tour) => tour.id}
        error={tours.error && errorText(t, tours.error)}
        empty={tt('tours.empty')}
        columns={[
          {
            header: tt('tours.col.name'),
            cell: (tour) => (
              <Link
                href={open(tour.id)}
                onClick={(e) => {
                  e.preventDefault();
                  go(open(tour.id));
                }}
              >
                {inReaderLanguage(tour.name, locale)}
              </Link>
            ),
          },
          {
            header: tt('tours.col.status'),
            cell: (tour) => (
              <Badge appearance="outline" color={tour.status === 'active' ? 'success' : 'informative'}>
                {tt(`tours.status.${tour.status}`)}
              </Badge>
            ),
          },
          {
            header: tt('tours.col.audience'),
            cell: (tour) =>
              [
                tt(`tours.who.${tour.audience.who}`),
                ...tour.audience.departments,
                ...tour.audience.sites,
              ].join(' · '),
          },
          { header: tt('tours.col.steps'), cell: (tour) => tour.steps.length },
        ]}
      />
    </div>
  );
}
