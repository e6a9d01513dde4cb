/**
 * The satisfaction tile: the latest satisfaction survey's average rating out of 5 in the chosen
 * segment, its NPS and number of answers, and the change from the survey before. Too few answers
 * in the segment: the survey is named, its figures are not.
 */

import type { Satisfaction } from './insights-api.js';
import type { Format } from './insights-format.js';
import { useInsightsText } from './insights-text.js';
import { useTileStyles } from './tile-styles.js';

export function SatisfactionTile({
  satisfaction: s,
  min,
  f,
}: {
  satisfaction: Satisfaction;
  min: number;
  f: Format;
}) {
  const styles = useTileStyles();
  const { it } = useInsightsText();
  const signed = (v: number | null) =>
    v === null ? it('ins.no_figure') : `${v > 0 ? '+' : ''}${f.count(v)}`;
  return (
    <li className={styles.tile} data-testid="headline-satisfaction">
      <span className={styles.label}>{it('ins.sat.label', { title: s.title })}</span>
      {s.hidden ? (
        <span className={styles.change}>{it('ins.sat.hidden', { min })}</span>
      ) : (
        <>
          <span className={styles.value} data-testid="headline-value">
            {it('ins.sat.value', { rating: f.count(s.averageRating) })}
          </span>
          <span className={styles.change}>
            {it('ins.sat.detail', { nps: f.count(s.nps), respondents: f.count(s.respondents) })}
          </span>
          <span className={styles.change}>
            {s.previous
              ? it('ins.sat.change', {
                  rating: signed(s.change.averageRating),
                  nps: signed(s.change.nps),
                  previous: f.count(s.previous.averageRating),
                })
              : it('ins.sat.first')}
          </span>
        </>
      )}
    </li>
  );
}
