/**
 * The headline figures: each a tile with its value, the change from the previous period, and the
 * previous value; time in the tabs says it is approximate. The tiles are a list (read in order by
 * screen readers) and wrap to one column at 390 px. The latest satisfaction survey closes the list.
 */
import type { Dashboard, HeadlineKey } from './insights-api.js';
import type { Format } from './insights-format.js';
import { useInsightsText } from './insights-text.js';
import { SatisfactionTile } from './satisfaction-tile.js';
import { useTileStyles } from './tile-styles.js';

/** the figures shown as tiles, in this order; the CSV and the table carry all of them */
export const tileKeys: HeadlineKey[] = [
  'people',
  'active',
  'connectionRate',
  'installRate',
  'activeDaysPerActive',
  'tabMinutes',
  'interactionRate',
  'strategicReadRate',
  'strategicAcknowledgedRate',
  'medianMinutesToAcknowledge',
  // ambassadors: what their relays reached
  'relays',
  'helped',
  'returned',
  // extranet groups
  'activeGuests',
  'invitationsAccepted',
  'chartersAccepted',
];

export function HeadlineFigures({ dashboard, f }: { dashboard: Dashboard; f: Format }) {
  const styles = useTileStyles();
  const { it } = useInsightsText();
  const byKey = new Map(dashboard.headline.map((h) => [h.key, h]));
  return (
    <ul className={styles.tiles} aria-label={it('ins.headline')}>
      {tileKeys.map((key) => {
        const h = byKey.get(key);
        if (!h) return null;
        return (
          <li key={key} className={styles.tile} data-testid={`headline-${key}`}>
            <span className={styles.label}>
              {it(`ins.h.${key}`)}
              {key === 'tabMinutes' && ` (${it('ins.approximate')})`}
            </span>
            <span className={styles.value} data-testid="headline-value">
              {f.value(key, h.value)}
            </span>
            <span className={styles.change}>
              {it('ins.tile.change', { change: f.change(key, h.change), previous: f.value(key, h.previous) })}
            </span>
          </li>
        );
      })}
      {dashboard.satisfaction && (
        <SatisfactionTile satisfaction={dashboard.satisfaction} min={dashboard.minGroupSize} f={f} />
      )}
    </ul>
  );
}
