/**
 * The invite form of a group's page: addresses pasted or read from a CSV file, now or "N now, the
 * rest on <date time>" (the browser's time zone). The server judges each line (the same parsing
 * as in chat); the refused lines are listed on the field while the others go ahead, and a plan
 * the server refuses (a wave in the past) is said on the field it concerns.
 */
import { Body1, Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import type { GroupsApi, InviteAnswer, InvitePlan } from './groups-api.js';
import { useInvitationsText } from './invitations-text.js';

/** what the REST takes in one request (MAX_TEXT_CHARS on the server) */
const MAX_TEXT = 1_000_000;

type Problems = { text?: string; first?: string; restAt?: string };

export function GroupInviteForm(props: { api: GroupsApi; groupId: string; onInvited(): void }) {
  const { t } = useI18n();
  const { iv } = useInvitationsText();
  const styles = useToursStyles();
  const fileId = useId();
  const [text, setText] = useState('');
  const [when, setWhen] = useState<'now' | 'waves'>('now');
  const [first, setFirst] = useState('');
  const [restAt, setRestAt] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [answer, setAnswer] = useState<InviteAnswer>();
  const [busy, setBusy] = useState(false);

  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setText((await file.text()).slice(0, MAX_TEXT));
  };

  const plan = (): InvitePlan['waves'] | Problems => {
    if (when === 'now') return undefined;
    const size = Number(first);
    if (!Number.isInteger(size) || size < 1) return { first: iv('inv.first.invalid') };
    const at = restAt ? new Date(restAt) : undefined;
    if (!at || Number.isNaN(at.getTime())) return { restAt: iv('inv.restAt.required') };
    return [{ size }, { at: at.toISOString() }];
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const waves = plan();
    if (waves && !Array.isArray(waves)) {
      setProblems(waves);
      return;
    }
    setProblems({});
    setAnswer(undefined);
    setBusy(true);
    try {
      const result = await props.api.invite(props.groupId, { text, ...(waves ? { waves } : {}) });
      setAnswer(result);
      // the lines that went ahead leave the field; the refused ones stay to be corrected
      if (result.errors.length === 0) setText('');
      props.onInvited();
    } catch (error) {
      // the server says a wave's problem on its field, in the reader's language; a text it cannot
      // read (a quote left open) comes without a field and goes on the addresses
      const wave = error instanceof ApiError ? error.fields.find((f) => f.path[0] === 'waves') : undefined;
      if (wave) setProblems({ restAt: wave.message });
      else if (error instanceof ApiError && error.code === 'validation_failed' && error.fields.length === 0)
        setProblems({ text: error.message });
      else setProblems({ text: errorText(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const lineErrors = answer?.errors ?? [];
  const textMessage =
    problems.text ??
    (lineErrors.length > 0 ? (
      <ul data-testid="invite-line-errors">
        {lineErrors.map((l) => (
          <li key={`${l.line}:${l.address}`}>
            {iv('inv.lineError', {
              line: l.line,
              address: l.address || '—',
              message: iv(`inv.line.${l.code}` as Parameters<typeof iv>[0]),
            })}
          </li>
        ))}
      </ul>
    ) : undefined);

  return (
    <form onSubmit={submit} className={styles.column} aria-label={iv('inv.form')}>
      <Field
        label={iv('inv.text')}
        required
        validationState={textMessage ? 'error' : 'none'}
        validationMessage={textMessage}
      >
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          placeholder={iv('inv.text.hint')}
          maxLength={MAX_TEXT}
          rows={5}
          resize="vertical"
        />
      </Field>
      <div>
        <label htmlFor={fileId}>{iv('inv.file')} </label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void readFile(e)} />
      </div>
      <Field label={iv('inv.when')}>
        <RadioGroup value={when} onChange={(_, d) => setWhen(d.value === 'waves' ? 'waves' : 'now')}>
          <Radio value="now" label={iv('inv.when.now')} />
          <Radio value="waves" label={iv('inv.when.waves')} />
        </RadioGroup>
      </Field>
      {when === 'waves' && (
        <div className={styles.grid}>
          <Field
            label={iv('inv.first')}
            required
            validationState={problems.first ? 'error' : 'none'}
            validationMessage={problems.first}
          >
            <Input type="number" min={1} value={first} onChange={(_, d) => setFirst(d.value)} />
          </Field>
          <Field
            label={iv('inv.restAt')}
            required
            validationState={problems.restAt ? 'error' : 'none'}
            validationMessage={problems.restAt}
          >
            <Input type="datetime-local" value={restAt} onChange={(_, d) => setRestAt(d.value)} />
          </Field>
        </div>
      )}
      {answer && (
        <Body1 role="status" data-testid="invite-result">
          {iv('inv.done', {
            planned: answer.planned,
            unchanged: answer.unchanged.length,
            errors: answer.errors.length,
          })}
        </Body1>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || !text.trim()}>
          {iv('inv.submit')}
        </Button>
      </div>
    </form>
  );
}
