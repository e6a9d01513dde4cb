/**
 * The live reach of what is chosen: N people, n on Teams, m on Slack, k unreachable and why,
 * counted by the server as a send would resolve it. A refused audience (a name the directory
 * does not hold) shows the server's words here, before anything is sent.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useLoad } from '../../api/use-load.js';
import type { AudienceApi, Reach } from './audience-api.js';
import { type AudienceText, useAudienceText } from './audience-text.js';
import { audienceBodyOf, isPicked, type PickedAudience } from './picked-audience.js';

const useStyles = makeStyles({
  reach: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function reachLines(reach: Reach, at: AudienceText): string[] {
  const lines = [
    [
      at('audience.reach.people', { people: reach.people }),
      at('audience.reach.teams', { count: reach.teams }),
      at('audience.reach.slack', { count: reach.slack }),
      at('audience.reach.unreachable', { count: reach.unreachable }),
    ].join(' · '),
  ];
  const why = (['no_chat_account', 'platform_not_configured'] as const)
    .filter((r) => reach.reasons[r] > 0)
    .map((r) => at(`audience.reach.${r}`, { count: reach.reasons[r] }));
  if (why.length) lines.push(why.join(' · '));
  if (reach.channels > 0) lines.push(at('audience.reach.channels', { count: reach.channels }));
  if (reach.people + reach.channels === 0) lines.push(at('audience.reach.nobody'));
  return lines;
}

export function ReachSummary({ api, value }: { api: AudienceApi; value: PickedAudience }) {
  const { at } = useAudienceText();
  const styles = useStyles();
  const picked = isPicked(value);
  const body = audienceBodyOf(value);
  const reach = useLoad(
    (signal) => (picked ? api.reach(body, signal) : Promise.resolve(undefined)),
    [JSON.stringify(body), picked],
    { keepPrevious: true },
  );
  return (
    <output className={styles.reach} aria-live="polite" data-testid="audience-reach">
      {!picked ? (
        <Text>{at('audience.reach.none')}</Text>
      ) : reach.error ? (
        <Text className={styles.error}>{reach.error.message}</Text>
      ) : reach.data ? (
        reachLines(reach.data, at).map((line) => (
          <Text key={line} weight="semibold">
            {line}
          </Text>
        ))
      ) : (
        <Text>{at('audience.reach.counting')}</Text>
      )}
    </output>
  );
}
