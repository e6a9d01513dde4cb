/** What the dashboard and the report share around their figures: the 403 page, the period line, the hidden notice. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ApiError } from '../api/api-client.js';
import type { Dashboard } from './insights-api.js';
import type { Format } from './insights-format.js';
import { useInsightsText } from './insights-text.js';

const useStyles = makeStyles({
  forbidden: { maxWidth: '720px', margin: `${tokens.spacingVerticalXL} auto` },
  period: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export const isForbidden = (error: Error | undefined): boolean =>
  error instanceof ApiError && error.status === 403;

/** members and guests (and scopes without a department or site) land here, in their language */
export function ForbiddenView() {
  const { it } = useInsightsText();
  const styles = useStyles();
  return (
    <div className={styles.forbidden} role="alert" data-testid="insights-forbidden">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{it('ins.forbidden.title')}</MessageBarTitle>
          {it('ins.forbidden.text')}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

export function PeriodLine({ dashboard: d, f }: { dashboard: Dashboard; f: Format }) {
  const { it } = useInsightsText();
  const styles = useStyles();
  return (
    <>
      <Text className={styles.period} data-testid="insights-period">
        {it('ins.period.range', { from: f.day(d.period.from), to: f.day(d.period.to) })} (
        {it('ins.period.previous', { from: f.day(d.period.previousFrom), to: f.day(d.period.previousTo) })})
      </Text>
      <Text className={styles.period}>
        {d.lastRolledUpDay
          ? it('ins.rolled_up', { day: f.day(d.lastRolledUpDay) })
          : it('ins.rolled_up.never')}
      </Text>
      {!d.hidden && d.headline.length === 0 && (
        <MessageBar intent="info" data-testid="insights-nobody">
          {it('ins.nobody')}
        </MessageBar>
      )}
      {d.hidden && (
        <MessageBar intent="info" data-testid="insights-hidden">
          {it('ins.hidden', { min: d.minGroupSize })}
        </MessageBar>
      )}
    </>
  );
}
