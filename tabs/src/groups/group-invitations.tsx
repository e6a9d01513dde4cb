/**
 * A group's invitations on its page: the invite form, the counts by status, the waves with their
 * progress (read from the invitations of each wave), and every invitation with the platform's last
 * answer, to resend or cancel. The server checks the reader manages the group (REST, 404/403).
 */
import { Badge, Body1, Button, ProgressBar, Title3 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { GroupInviteForm } from './group-invite-form.js';
import type { GroupsApi, Invitation, InvitationStatus, Wave } from './groups-api.js';
import { useInvitationsText } from './invitations-text.js';

const statuses: InvitationStatus[] = [
  'planned',
  'sending',
  'invited',
  'joined',
  'failed',
  'refused',
  'cancelled',
  'removed',
];
const resendable: InvitationStatus[] = ['failed', 'refused', 'cancelled', 'removed', 'invited'];
const cancellable: InvitationStatus[] = ['planned', 'failed'];
const sent: InvitationStatus[] = ['invited', 'joined', 'removed'];
const failed: InvitationStatus[] = ['failed', 'refused'];

export function GroupInvitations(props: { api: GroupsApi; groupId: string; onChange(): void }) {
  const { api, groupId } = props;
  const { t } = useI18n();
  const { iv, locale } = useInvitationsText();
  const styles = useToursStyles();
  const list = useLoad((signal) => api.invitations(groupId, signal), [groupId]);
  const [failure, setFailure] = useState<string>();
  const rows = list.data?.invitations;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const act = async (call: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await call();
    } catch (error) {
      setFailure(errorText(t, error));
    }
    list.reload();
    props.onChange();
  };

  const counts = useMemo(
    () =>
      statuses
        .map((status) => ({ status, count: (rows ?? []).filter((r) => r.status === status).length }))
        .filter((c) => c.count > 0),
    [rows],
  );
  const progress = (wave: Wave) => {
    const of = (rows ?? []).filter((r) => r.waveId === wave.id);
    return {
      sent: of.filter((r) => sent.includes(r.status)).length,
      joined: of.filter((r) => r.status === 'joined').length,
      failed: of.filter((r) => failed.includes(r.status)).length,
    };
  };

  return (
    <section className={styles.section} aria-labelledby="group-invitations-title">
      <Title3 as="h2" id="group-invitations-title">
        {iv('inv.title')}
      </Title3>
      <GroupInviteForm api={api} groupId={groupId} onInvited={() => list.reload()} />
      {list.error && <Body1 role="alert">{errorText(t, list.error)}</Body1>}
      {failure && (
        <Body1 role="alert" data-testid="invitation-error">
          {failure}
        </Body1>
      )}
      <div className={styles.actions} data-testid="invitation-counts">
        {counts.length > 0 && <Body1>{iv('inv.counts')}</Body1>}
        {counts.map((c) => (
          <Badge key={c.status} appearance="tint" color={c.status === 'failed' ? 'danger' : 'informative'}>
            {`${iv(`inv.status.${c.status}`)}: ${c.count}`}
          </Badge>
        ))}
      </div>
      <Title3 as="h3">{iv('inv.waves')}</Title3>
      <DataList<Wave>
        label={iv('inv.waves')}
        testId="group-waves"
        rows={list.data?.waves}
        rowKey={(w) => w.id}
        empty={iv('inv.waves.empty')}
        columns={[
          { header: iv('inv.wave.col.due'), cell: (w) => when(w.dueAt) },
          { header: iv('inv.wave.col.size'), cell: (w) => String(w.size) },
          {
            header: iv('inv.wave.col.progress'),
            cell: (w) => {
              const p = progress(w);
              return (
                <div>
                  <span>{iv('inv.wave.progress', { ...p, size: w.size })}</span>
                  <ProgressBar aria-hidden value={w.size > 0 ? Math.min(1, p.sent / w.size) : 0} />
                </div>
              );
            },
          },
        ]}
      />
      <Title3 as="h3">{iv('inv.title')}</Title3>
      <DataList<Invitation>
        label={iv('inv.title')}
        testId="group-invitations"
        rows={rows}
        rowKey={(r) => r.id}
        empty={iv('inv.empty')}
        columns={[
          { header: iv('inv.col.address'), cell: (r) => r.address },
          {
            header: iv('inv.col.name'),
            cell: (r) => [r.displayName, r.company].filter(Boolean).join(', '),
          },
          {
            header: iv('inv.col.status'),
            cell: (r) => (
              <Badge appearance="outline" color={failed.includes(r.status) ? 'danger' : 'informative'}>
                {iv(`inv.status.${r.status}`)}
              </Badge>
            ),
          },
          { header: iv('inv.col.due'), cell: (r) => when(r.dueAt) },
          {
            header: iv('inv.col.answer'),
            cell: (r) => [r.answer.code, r.answer.message].filter(Boolean).join(' '),
          },
          {
            header: iv('inv.col.action'),
            cell: (r) => (
              <div className={styles.actions}>
                {resendable.includes(r.status) && (
                  <Button
                    size="small"
                    aria-label={`${iv('inv.resend')} ${r.address}`}
                    onClick={() => void act(() => api.resend(groupId, r.id))}
                  >
                    {iv('inv.resend')}
                  </Button>
                )}
                {cancellable.includes(r.status) && (
                  <Button
                    size="small"
                    aria-label={`${iv('inv.cancel')} ${r.address}`}
                    onClick={() => void act(() => api.cancel(groupId, r.id))}
                  >
                    {iv('inv.cancel')}
                  </Button>
                )}
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}
