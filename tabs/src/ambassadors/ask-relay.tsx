/**
 * "Ask ambassadors to relay", on a news item's or a poll's page (the ItemActions slot): a small
 * dialog — the departments, sites and guest groups whose ambassadors are asked, the suggested message in French
 * and English, the day to relay — then what came of it, with a link to the campaign, and the
 * item's campaigns so far (relayed out of asked, reach), each a link to its page. For
 * organisation-wide communicators and administrators; the server checks again.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  Textarea,
} from '@fluentui/react-components';
import { type FormEvent, useMemo, useState } from 'react';
import { isOrganisationAuthor } from '../api/roles.js';
import { useLoad } from '../api/use-load.js';
import type { ItemActionsProps } from '../capability.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { createAmbassadorsApi } from './ambassadors-api.js';
import { useAmbassadorsText } from './ambassadors-text.js';
import { GuestGroupPicker, useGuestGroups } from './guest-group-picker.js';

export const commaList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** tomorrow, as the date input writes it */
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export function AskRelay({ api: client, me, subjectType, subjectId }: ItemActionsProps) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const api = useMemo(() => createAmbassadorsApi(client), [client]);
  const [open, setOpen] = useState(false);
  const [departments, setDepartments] = useState('');
  const [sites, setSites] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const guestGroups = useGuestGroups(client);
  const [fr, setFr] = useState('');
  const [en, setEn] = useState('');
  const [date, setDate] = useState(tomorrow);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ id: string; asked: number; skipped: number }>();
  const author = isOrganisationAuthor(me);
  // this item's campaigns so far, each a link to its page
  const campaigns = useLoad(
    (signal) => (author ? api.campaignsOf(subjectType, subjectId, signal) : Promise.resolve([])),
    [subjectType, subjectId, author, done?.id],
  );
  if (!author) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const scope = { departments: commaList(departments), sites: commaList(sites), groups };
    if (scope.departments.length + scope.sites.length + scope.groups.length === 0) {
      setFailure(at('amb.ask.scope_needed'));
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const campaign = await api.ask({
        subjectType,
        subjectId,
        message: { fr: fr.trim(), en: en.trim() },
        relayDate: date,
        ...scope,
      });
      setDone({ id: campaign.id, asked: campaign.requests.length, skipped: campaign.skipped.length });
      setOpen(false);
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.column} data-testid="ask-relay">
      <div className={styles.actions}>
        <Button onClick={() => setOpen(true)}>{at('amb.ask')}</Button>
      </div>
      {done && (
        <MessageBar intent="success" data-testid="ask-relay-done">
          {at('amb.ask.done', { asked: done.asked, skipped: done.skipped })}{' '}
          <Link href={`#/ambassadors/campaigns/${done.id}`}>{at('amb.ask.open')}</Link>
        </MessageBar>
      )}
      {campaigns.data && campaigns.data.length > 0 && (
        <ul aria-label={at('amb.campaigns.item')} data-testid="item-relay-campaigns">
          {campaigns.data.map((c) => (
            <li key={c.id}>
              <Link href={`#/ambassadors/campaigns/${c.id}`}>
                {at('amb.campaigns.entry', {
                  date: c.relayDate,
                  relayed: c.counts.relayed,
                  asked: c.requests.length,
                  reach: c.reach,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)}>
        <DialogSurface data-testid="ask-relay-dialog">
          <form onSubmit={submit}>
            <DialogBody>
              <DialogTitle>{at('amb.ask.title')}</DialogTitle>
              <DialogContent className={styles.column}>
                <Field label={at('amb.ask.departments')}>
                  <Input value={departments} onChange={(_, d) => setDepartments(d.value)} maxLength={2000} />
                </Field>
                <Field label={at('amb.ask.sites')}>
                  <Input value={sites} onChange={(_, d) => setSites(d.value)} maxLength={2000} />
                </Field>
                <GuestGroupPicker
                  label={at('amb.ask.groups')}
                  testId="ask-relay-groups"
                  groups={guestGroups}
                  value={groups}
                  onChange={setGroups}
                />
                <Field label={at('amb.ask.message_fr')} required>
                  <Textarea value={fr} onChange={(_, d) => setFr(d.value)} maxLength={1000} />
                </Field>
                <Field label={at('amb.ask.message_en')} required>
                  <Textarea value={en} onChange={(_, d) => setEn(d.value)} maxLength={1000} />
                </Field>
                <Field label={at('amb.ask.date')} required>
                  <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
                </Field>
                {failure && (
                  <MessageBar intent="error" data-testid="ask-relay-error">
                    {failure}
                  </MessageBar>
                )}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  type="submit"
                  disabled={busy || !fr.trim() || !en.trim() || !date}
                >
                  {at('amb.ask.submit')}
                </Button>
                <Button onClick={() => setOpen(false)}>{at('amb.ask.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
