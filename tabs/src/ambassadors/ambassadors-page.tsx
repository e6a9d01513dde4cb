/**
 * The ambassadors console (`#/ambassadors`): the roster (add with a scope of departments, sites
 * or guest groups, approve, pause and resume, import), the relay campaigns with, per campaign, how many ambassadors were asked,
 * relayed, snoozed and declined and the reach of relays (each opens its campaign view), the
 * week's assignments. One column of blocks that wraps, so it reads at 390 px.
 */
import { Badge, Body1, Button, Field, Input, Link, Title2, Title3 } from '@fluentui/react-components';
import { type FormEvent, useMemo, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import type { CapabilityPageProps } from '../capability.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { AmbassadorLeaderboard } from './ambassador-leaderboard.js';
import { type Ambassador, createAmbassadorsApi } from './ambassadors-api.js';
import { type AmbassadorsKey, useAmbassadorsText } from './ambassadors-text.js';
import { AssignmentsSection } from './assignments-section.js';
import { GuestGroupPicker, groupName, useGuestGroups } from './guest-group-picker.js';
import { RosterImportSection } from './roster-import-section.js';

/** the roster import names ambassadors: administrators (and API keys) only; the server checks again */
const isAdmin = (me: CapabilityPageProps['me']) =>
  me.via === 'api_key' || Boolean(me.person?.roles.some((r) => r.role === 'admin' && !r.scope));

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function AmbassadorsPage({ api: client, me }: CapabilityPageProps) {
  const { t } = useI18n();
  const { at } = useAmbassadorsText();
  const styles = useToursStyles();
  const api = useMemo(() => createAmbassadorsApi(client), [client]);
  const roster = useLoad((signal) => api.roster(signal), []);
  const campaigns = useLoad((signal) => api.campaigns(signal), []);
  const [personId, setPersonId] = useState('');
  const [departments, setDepartments] = useState('');
  const [sites, setSites] = useState('');
  const [groups, setGroups] = useState<string[]>([]);
  const guestGroups = useGuestGroups(client);
  const [failure, setFailure] = useState<string>();

  const act = async (call: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await call();
      roster.reload();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const deps = list(departments);
    const s = list(sites);
    void act(() =>
      api.add({
        personId: personId.trim(),
        ...(deps.length ? { departments: deps } : {}),
        ...(s.length ? { sites: s } : {}),
        ...(groups.length ? { groups } : {}),
      }),
    );
  };
  const action = (a: Ambassador) => {
    if (a.status === 'nominated')
      return <Button onClick={() => act(() => api.approve(a.personId))}>{at('amb.approve')}</Button>;
    if (a.status === 'active')
      return (
        <Button onClick={() => act(() => api.setStatus(a.personId, 'paused'))}>{at('amb.pause')}</Button>
      );
    if (a.status === 'paused')
      return (
        <Button onClick={() => act(() => api.setStatus(a.personId, 'active'))}>{at('amb.resume')}</Button>
      );
    return null;
  };

  return (
    <div className={styles.page} data-testid="ambassadors-page">
      <Title2 as="h1">{at('amb.title')}</Title2>
      <Body1>{at('amb.intro')}</Body1>
      <section className={styles.section}>
        <Title3 as="h2">{at('amb.roster')}</Title3>
        <DataList
          label={at('amb.roster')}
          testId="ambassadors-roster"
          rows={roster.data}
          rowKey={(a) => a.personId}
          error={roster.error && errorText(t, roster.error)}
          empty={at('amb.empty')}
          columns={[
            { header: at('amb.col.name'), cell: (a) => a.displayName },
            {
              header: at('amb.col.scope'),
              cell: (a) => [...a.scope.departments, ...a.scope.sites].join(', '),
            },
            {
              header: at('amb.col.groups'),
              cell: (a) => a.scope.groups.map((id) => groupName(guestGroups, id)).join(', '),
            },
            {
              header: at('amb.col.status'),
              cell: (a) => (
                <Badge appearance="outline" color={a.status === 'active' ? 'success' : 'informative'}>
                  {at(`amb.status.${a.status}` as AmbassadorsKey)}
                </Badge>
              ),
            },
            { header: at('amb.col.action'), cell: action },
          ]}
        />
        {failure && (
          <Body1 role="alert" data-testid="ambassadors-error">
            {failure}
          </Body1>
        )}
        <form onSubmit={add} className={styles.column} aria-label={at('amb.add')}>
          <Title3 as="h3">{at('amb.add')}</Title3>
          <Field label={at('amb.add.person')} required>
            <Input value={personId} onChange={(_, d) => setPersonId(d.value)} maxLength={100} />
          </Field>
          <Field label={at('amb.add.departments')}>
            <Input value={departments} onChange={(_, d) => setDepartments(d.value)} maxLength={2000} />
          </Field>
          <Field label={at('amb.add.sites')}>
            <Input value={sites} onChange={(_, d) => setSites(d.value)} maxLength={2000} />
          </Field>
          <GuestGroupPicker
            label={at('amb.add.groups')}
            testId="ambassador-add-groups"
            groups={guestGroups}
            value={groups}
            onChange={setGroups}
          />
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={!personId.trim()}>
              {at('amb.add.submit')}
            </Button>
          </div>
        </form>
      </section>
      <section className={styles.section}>
        <Title3 as="h2">{at('amb.campaigns')}</Title3>
        <DataList
          label={at('amb.campaigns')}
          testId="ambassadors-campaigns"
          rows={campaigns.data}
          rowKey={(c) => c.id}
          error={campaigns.error && errorText(t, campaigns.error)}
          empty={at('amb.campaigns.empty')}
          columns={[
            {
              header: at('amb.col.item'),
              cell: (c) => (
                <Link href={`#/ambassadors/campaigns/${c.id}`}>
                  {`${at(`amb.subject.${c.subjectType}` as AmbassadorsKey)} · ${c.relayDate}`}
                </Link>
              ),
            },
            { header: at('amb.col.asked'), cell: (c) => String(c.requests.length) },
            { header: at('amb.col.relayed'), cell: (c) => String(c.counts.relayed) },
            { header: at('amb.col.snoozed'), cell: (c) => String(c.counts.snoozed) },
            { header: at('amb.col.declined'), cell: (c) => String(c.counts.declined) },
            { header: at('amb.col.reach'), cell: (c) => String(c.reach) },
            { header: at('amb.col.engaged'), cell: (c) => String(c.engaged) },
          ]}
        />
      </section>
      <AssignmentsSection api={api} roster={roster.data} />
      {isAdmin(me) && <RosterImportSection api={api} imported={roster.reload} />}
      <AmbassadorLeaderboard api={api} department="" />
    </div>
  );
}
