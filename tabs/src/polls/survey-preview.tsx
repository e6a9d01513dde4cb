/**
 * A survey as its recipients will fill it in, before it is sent: each question with its kind and
 * its options drawn as the (inert) controls of the answer form. Shown live beside the creation
 * form and on a survey's page.
 */
import {
  Caption1,
  Card,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { type PollsKey, usePollsText } from './polls-text.js';

export interface PreviewQuestion {
  kind: string;
  label: string;
  required?: boolean;
  options?: string[];
}

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  scale: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  dot: {
    minWidth: '28px',
    textAlign: 'center',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function SurveyPreview(props: { title: string; description?: string; questions: PreviewQuestion[] }) {
  const { pt } = usePollsText();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="survey-preview" aria-label={pt('polls.preview')}>
      <Subtitle2 as="h2">{pt('polls.preview')}</Subtitle2>
      <Caption1>{pt('polls.preview_help')}</Caption1>
      <Text weight="semibold">{props.title || '—'}</Text>
      {props.description && <Text>{props.description}</Text>}
      <ol className={styles.list}>
        {props.questions.map((q, i) => (
          // a preview of what is typed: the position is the identity
          // biome-ignore lint/suspicious/noArrayIndexKey: read-only rendering of the draft
          <li key={i}>
            <Text weight="semibold">{q.label || '—'}</Text>{' '}
            <Caption1>
              {pt(`survey.kind.${q.kind}` as PollsKey)}
              {q.required ? ` · ${pt('polls.required')}` : ''}
            </Caption1>
            {(q.kind === 'single' || q.kind === 'multiple') && (
              <ul>
                {(q.options ?? []).map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
            {q.kind === 'yes_no' && (
              <RadioGroup layout="horizontal" disabled aria-label={q.label || pt('survey.kind.yes_no')}>
                <Radio value="yes" label="✓" />
                <Radio value="no" label="✗" />
              </RadioGroup>
            )}
            {(q.kind === 'rating' || q.kind === 'score') && (
              <div className={styles.scale} aria-hidden="true">
                {range(q.kind === 'rating' ? 1 : 0, q.kind === 'rating' ? 5 : 10).map((n) => (
                  <span key={n} className={styles.dot}>
                    {n}
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
