/**
 * A group's page (`#/groups/<id>`) for admins and its managers: members and guests with their
 * status and right (change it, remove), add someone, invitations and waves (group-invitations),
 * the charter's versions with the acceptance rate and a new version, the review settings, access
 * reviews, and the audit log with its CSV export. Reads at 390 px.
 */
import {
  Badge,
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  Option,
  Textarea,
  Title2,
  Title3,
} from '@fluentui/react-components';
import { type FormEvent, useMemo, useState } from 'react';
import { isAdministrator } from '../api/roles.js';
import { useLoad } from '../api/use-load.js';
import type { CapabilityPageProps } from '../capability.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { GroupInvitations } from './group-invitations.js';
import { GroupReviewSettings } from './group-review-settings.js';
import { GroupReviews } from './group-reviews.js';
import { type AuditEntry, createGroupsApi, type GroupMember, type GroupRight } from './groups-api.js';
import { nameOf } from './groups-list-page.js';
import { useGroupsText } from './groups-text.js';

const rights: GroupRight[] = ['member', 'contributor', 'manager'];

export function GroupPage({ api: client, go, groupId, me }: CapabilityPageProps & { groupId: string }) {
  const { t } = useI18n();
  const { gt, locale } = useGroupsText();
  const styles = useToursStyles();
  const api = useMemo(() => createGroupsApi(client), [client]);
  const page = useLoad((signal) => api.page(groupId, signal), [groupId]);
  const audit = useLoad((signal) => api.audit(groupId, signal), [groupId]);
  const [person, setPerson] = useState('');
  const [textFr, setTextFr] = useState('');
  const [textEn, setTextEn] = useState('');
  const [failure, setFailure] = useState<string>();

  const act = async (call: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await call();
      page.reload();
      audit.reload();
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api.addMember(groupId, person.trim(), 'member');
      setPerson('');
    });
  };
  const publish = (e: FormEvent) => {
    e.preventDefault();
    void act(async () => {
      await api.addCharter(groupId, {
        ...(textFr.trim() ? { textFr: textFr.trim() } : {}),
        ...(textEn.trim() ? { textEn: textEn.trim() } : {}),
      });
      setTextFr('');
      setTextEn('');
    });
  };
  const download = async () => {
    try {
      const csv = String(await api.auditCsv(groupId, locale));
      // reading the answer as text drops the server's byte order mark, which spreadsheets need
      // to read accents (Événement, Détails) as UTF-8: put it back
      const bom = csv.startsWith('\uFEFF') ? '' : '\uFEFF';
      const url = URL.createObjectURL(new Blob([bom, csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `group-${groupId}-audit.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  const data = page.data;
  const charter = data?.charter;
  const member = (m: GroupMember) => m.removedAt === null;

  return (
    <div className={styles.page} data-testid="group-page">
      <Link
        href="#/groups"
        onClick={(e) => {
          e.preventDefault();
          go('#/groups');
        }}
      >
        {gt('grp.back')}
      </Link>
      <Title2 as="h1">{data ? nameOf(data.group, locale) : gt('grp.title')}</Title2>
      <Link
        href={`#/groups/${encodeURIComponent(groupId)}/portal`}
        onClick={(e) => {
          e.preventDefault();
          go(`#/groups/${encodeURIComponent(groupId)}/portal`);
        }}
      >
        {gt('grp.portal')}
      </Link>
      {page.error && <Body1 role="alert">{errorText(t, page.error)}</Body1>}
      {failure && (
        <Body1 role="alert" data-testid="group-error">
          {failure}
        </Body1>
      )}
      <section className={styles.section}>
        <Title3 as="h2">{gt('grp.members')}</Title3>
        <DataList<GroupMember>
          label={gt('grp.members')}
          testId="group-members"
          rows={data?.members}
          rowKey={(m) => m.personId}
          empty={gt('grp.empty')}
          columns={[
            { header: gt('grp.col.person'), cell: (m) => m.displayName },
            { header: gt('grp.col.who'), cell: (m) => gt(`grp.who.${m.personKind}`) },
            {
              header: gt('grp.col.status'),
              cell: (m) => (
                <Badge appearance="outline" color={m.status === 'active' ? 'success' : 'informative'}>
                  {gt(`grp.status.${m.status}`)}
                </Badge>
              ),
            },
            {
              header: gt('grp.col.rightOf'),
              cell: (m) =>
                member(m) ? (
                  <Dropdown
                    aria-label={`${gt('grp.col.rightOf')} ${m.displayName}`}
                    value={gt(`grp.right.${m.right}`)}
                    selectedOptions={[m.right]}
                    onOptionSelect={(_, d) =>
                      d.optionValue && d.optionValue !== m.right
                        ? void act(() => api.setRight(groupId, m.personId, d.optionValue as GroupRight))
                        : undefined
                    }
                  >
                    {rights.map((r) => (
                      <Option key={r} value={r}>
                        {gt(`grp.right.${r}`)}
                      </Option>
                    ))}
                  </Dropdown>
                ) : (
                  gt(`grp.right.${m.right}`)
                ),
            },
            {
              header: gt('grp.col.action'),
              cell: (m) =>
                member(m) ? (
                  <Button
                    aria-label={`${gt('grp.remove')} ${m.displayName}`}
                    onClick={() => act(() => api.remove(groupId, m.personId))}
                  >
                    {gt('grp.remove')}
                  </Button>
                ) : null,
            },
          ]}
        />
        <form onSubmit={add} className={styles.column} aria-label={gt('grp.add')}>
          <Field label={gt('grp.add.person')} required>
            <Input value={person} onChange={(_, d) => setPerson(d.value)} maxLength={320} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabled={!person.trim()}>
              {gt('grp.add.submit')}
            </Button>
          </div>
        </form>
      </section>
      <GroupInvitations
        api={api}
        groupId={groupId}
        onChange={() => {
          page.reload();
          audit.reload();
        }}
      />
      <section className={styles.section}>
        <Title3 as="h2">{gt('grp.charter')}</Title3>
        <Body1 data-testid="group-charter-rate">
          {!charter || charter.current === null
            ? gt('grp.charter.none')
            : gt('grp.charter.rate', {
                version: charter.current,
                accepted: charter.accepted,
                guests: charter.guests,
                rate: `${Math.round((charter.rate ?? 0) * 100)} %`,
              })}
        </Body1>
        <DataList
          label={gt('grp.charter')}
          testId="group-charters"
          rows={charter?.versions}
          rowKey={(v) => String(v.version)}
          empty={gt('grp.charter.none')}
          columns={[
            { header: gt('grp.charter.col.version'), cell: (v) => String(v.version) },
            {
              header: gt('grp.charter.col.date'),
              cell: (v) => new Date(v.createdAt).toLocaleDateString(locale),
            },
            { header: gt('grp.charter.col.accepted'), cell: (v) => String(v.acceptedBy) },
          ]}
        />
        <form onSubmit={publish} className={styles.column} aria-label={gt('grp.charter.submit')}>
          <Field label={gt('grp.charter.fr')}>
            <Textarea value={textFr} onChange={(_, d) => setTextFr(d.value)} maxLength={20_000} />
          </Field>
          <Field label={gt('grp.charter.en')}>
            <Textarea value={textEn} onChange={(_, d) => setTextEn(d.value)} maxLength={20_000} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" disabled={!textFr.trim() && !textEn.trim()}>
              {gt('grp.charter.submit')}
            </Button>
          </div>
        </form>
      </section>
      <GroupReviewSettings
        api={api}
        groupId={groupId}
        periodDays={data?.group.reviewPeriodDays}
        mayChangePeriod={isAdministrator(me)}
        onSaved={() => {
          page.reload();
          audit.reload();
        }}
      />
      <GroupReviews api={api} groupId={groupId} />
      <section className={styles.section}>
        <Title3 as="h2">{gt('grp.audit')}</Title3>
        <div>
          <Button size="small" onClick={() => void download()}>
            {gt('grp.audit.csv')}
          </Button>
        </div>
        <DataList<AuditEntry>
          label={gt('grp.audit')}
          testId="group-audit"
          rows={audit.data?.entries}
          rowKey={(e) => `${e.at}:${e.type}:${e.personId ?? ''}`}
          empty={gt('grp.audit.empty')}
          columns={[
            { header: gt('grp.col.at'), cell: (e) => new Date(e.at).toLocaleString(locale) },
            { header: gt('grp.col.event'), cell: (e) => e.type.replace(/^group\./, '') },
            { header: gt('grp.col.by'), cell: (e) => e.actorName ?? '' },
            { header: gt('grp.col.about'), cell: (e) => e.personName ?? '' },
          ]}
        />
      </section>
    </div>
  );
}
