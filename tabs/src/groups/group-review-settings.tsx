/**
 * A group's review settings on its page, for its managers and admins (the API refuses anyone
 * else, and then the form is not shown): what an unanswered review does, after how many days the
 * managers are reminded and when the review is due, and (admins only, through the group's own
 * settings) how often a review opens. The limits are the API's; checking them here says what is
 * wrong beside the field before anything is sent, and a refusal still comes back in words.
 */
import { Body1, Button, Field, Input, Radio, RadioGroup, Title3 } from '@fluentui/react-components';
import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client.js';
import { useLoad } from '../api/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { GroupsApi, UnreviewedAction } from './groups-api.js';
import { type ReviewSettingsText, useReviewSettingsText } from './review-settings-text.js';

const actions: UnreviewedAction[] = ['report', 'remove'];

/** the API's bounds (shared/groups/reviews/review-settings.ts, shared/groups/group-schemas.ts) */
const bounds = {
  remindAfterDays: { min: 1, max: 60 },
  answerDays: { min: 2, max: 90 },
  reviewPeriodDays: { min: 7, max: 730 },
} as const;
type DayField = keyof typeof bounds;

export interface ReviewSettingsDraft {
  unreviewedAction: UnreviewedAction;
  remindAfterDays: string;
  answerDays: string;
  reviewPeriodDays: string;
}

const wholeDays = (text: string, field: DayField): number | undefined => {
  const n = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN;
  return n >= bounds[field].min && n <= bounds[field].max ? n : undefined;
};

/** What is wrong with each field, in the reader's words; empty when the draft can be sent. */
export function draftProblems(
  draft: ReviewSettingsDraft,
  rt: ReviewSettingsText,
  withPeriod: boolean,
): Partial<Record<DayField, string>> {
  const problems: Partial<Record<DayField, string>> = {};
  const fields: DayField[] = withPeriod
    ? ['remindAfterDays', 'answerDays', 'reviewPeriodDays']
    : ['remindAfterDays', 'answerDays'];
  for (const field of fields)
    if (wholeDays(draft[field], field) === undefined) problems[field] = rt('rset.days', bounds[field]);
  const remind = wholeDays(draft.remindAfterDays, 'remindAfterDays');
  const answer = wholeDays(draft.answerDays, 'answerDays');
  if (remind !== undefined && answer !== undefined && remind >= answer)
    problems.remindAfterDays = rt('rset.before_due', { days: answer });
  return problems;
}

/** The server's refusal of one field, by the field's name (its own words, in the reader's language). */
const refusedFields = (error: unknown): Partial<Record<DayField | 'unreviewedAction', string>> =>
  error instanceof ApiError
    ? Object.fromEntries(error.fields.map((f) => [String(f.path.at(-1)), f.message]))
    : {};

export function GroupReviewSettings(props: {
  api: GroupsApi;
  groupId: string;
  /** the group's current period, from its page */
  periodDays: number | undefined;
  /** admins change the period too (`PATCH /groups/{id}` is theirs) */
  mayChangePeriod: boolean;
  onSaved(): void;
}) {
  const { api, groupId, periodDays, mayChangePeriod } = props;
  const { t } = useI18n();
  const { rt } = useReviewSettingsText();
  const styles = useToursStyles();
  const settings = useLoad((signal) => api.reviewSettings(groupId, signal), [groupId]);
  const [draft, setDraft] = useState<ReviewSettingsDraft>();
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  // the form starts from what is stored, and again after each save
  useEffect(() => {
    if (settings.data)
      setDraft({
        unreviewedAction: settings.data.unreviewedAction,
        remindAfterDays: String(settings.data.remindAfterDays),
        answerDays: String(settings.data.answerDays),
        reviewPeriodDays: periodDays === undefined ? '' : String(periodDays),
      });
  }, [settings.data, periodDays]);

  // not theirs to see (a refusal), or gone: the rest of the page says so already
  if (settings.error instanceof ApiError && [403, 404].includes(settings.error.status)) return null;

  const problems = draft ? draftProblems(draft, rt, mayChangePeriod) : {};
  const refused = refusedFields(failure);
  const fieldState = (field: DayField | 'unreviewedAction') => {
    const message = (checked && field !== 'unreviewedAction' ? problems[field] : undefined) ?? refused[field];
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };
  const change = (patch: Partial<ReviewSettingsDraft>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setChecked(true);
    setSaved(false);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      await api.setReviewSettings(groupId, {
        unreviewedAction: draft.unreviewedAction,
        remindAfterDays: Number(draft.remindAfterDays),
        answerDays: Number(draft.answerDays),
      });
      const period = Number(draft.reviewPeriodDays);
      if (mayChangePeriod && period !== periodDays) await api.setReviewPeriod(groupId, period);
      setChecked(false);
      setSaved(true);
      settings.reload();
      props.onSaved();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const dayInput = (field: DayField) => (
    <Input
      type="number"
      inputMode="numeric"
      min={bounds[field].min}
      max={bounds[field].max}
      value={draft?.[field] ?? ''}
      onChange={(_, d) => change({ [field]: d.value })}
    />
  );

  return (
    <section className={styles.section} aria-labelledby="group-review-settings-title">
      <Title3 as="h2" id="group-review-settings-title">
        {rt('rset.title')}
      </Title3>
      <Body1 as="p">{rt('rset.intro')}</Body1>
      {settings.error && <Body1 role="alert">{errorText(t, settings.error)}</Body1>}
      {draft && (
        <form
          onSubmit={save}
          className={styles.column}
          aria-labelledby="group-review-settings-title"
          data-testid="group-review-settings"
          noValidate
        >
          {mayChangePeriod ? (
            <Field label={rt('rset.period')} required {...fieldState('reviewPeriodDays')}>
              {dayInput('reviewPeriodDays')}
            </Field>
          ) : (
            periodDays !== undefined && <Body1 as="p">{rt('rset.period.fixed', { days: periodDays })}</Body1>
          )}
          <Field label={rt('rset.remind')} required {...fieldState('remindAfterDays')}>
            {dayInput('remindAfterDays')}
          </Field>
          <Field label={rt('rset.answer')} required {...fieldState('answerDays')}>
            {dayInput('answerDays')}
          </Field>
          <Field label={rt('rset.action')} {...fieldState('unreviewedAction')}>
            <RadioGroup
              value={draft.unreviewedAction}
              onChange={(_, d) => change({ unreviewedAction: d.value as UnreviewedAction })}
            >
              {actions.map((a) => (
                <Radio key={a} value={a} label={rt(`rset.action.${a}`)} />
              ))}
            </RadioGroup>
          </Field>
          {failure !== undefined && (
            <Body1 role="alert" data-testid="review-settings-error">
              {errorText(t, failure)}
            </Body1>
          )}
          {checked && Object.keys(problems).length > 0 && <Body1 role="alert">{rt('rset.fix')}</Body1>}
          {saved && (
            <Body1 role="status" data-testid="review-settings-saved">
              {rt('rset.saved')}
            </Body1>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={saving}>
              {rt('rset.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
