/**
 * The groups list (`#/groups`): every group for admins (with a form to create one), the groups
 * they manage for managers. One column of blocks that wraps, so it reads at 390 px.
 */
import {
  Badge,
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Title2,
  Title3,
} from '@fluentui/react-components';
import { type FormEvent, useMemo, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import type { CapabilityPageProps } from '../capability.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText, useToursStyles } from '../tours/tours-styles.js';
import { createGroupsApi, type GroupEntry, type GroupPage } from './groups-api.js';
import { useGroupsText } from './groups-text.js';

type Kind = GroupPage['group']['kind'];
const kinds: Kind[] = ['partners', 'providers', 'clients', 'project'];

export const nameOf = (
  group: { nameFr: string | null; nameEn: string | null; id: string },
  locale: 'fr' | 'en',
) => (locale === 'fr' ? (group.nameFr ?? group.nameEn) : (group.nameEn ?? group.nameFr)) ?? group.id;

export function GroupsListPage({ api: client, me, go }: CapabilityPageProps) {
  const { t } = useI18n();
  const { gt, locale } = useGroupsText();
  const styles = useToursStyles();
  const api = useMemo(() => createGroupsApi(client), [client]);
  const groups = useLoad((signal) => api.list(signal), []);
  const admin = me.via === 'api_key' || Boolean(me.person?.roles.some((r) => r.role === 'admin' && !r.scope));
  const [nameFr, setNameFr] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<Kind>('partners');
  const [managers, setManagers] = useState('');
  const [failure, setFailure] = useState<string>();

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(undefined);
    try {
      const created = await api.create({
        ...(nameFr.trim() ? { nameFr: nameFr.trim() } : {}),
        ...(nameEn.trim() ? { nameEn: nameEn.trim() } : {}),
        kind,
        managers: managers
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
      });
      go(`#/groups/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setFailure(errorText(t, error));
    }
  };

  return (
    <div className={styles.page} data-testid="groups-page">
      <Title2 as="h1">{gt('grp.title')}</Title2>
      <Body1>{gt('grp.intro')}</Body1>
      <section className={styles.section}>
        <DataList<GroupEntry>
          label={gt('grp.title')}
          testId="groups-list"
          rows={groups.data}
          rowKey={(g) => g.group.id}
          error={groups.error && errorText(t, groups.error)}
          empty={gt('grp.empty')}
          columns={[
            {
              header: gt('grp.col.name'),
              cell: (g) => (
                <>
                  {nameOf(g.group, locale)}{' '}
                  {g.group.archivedAt && <Badge appearance="outline">{gt('grp.archived')}</Badge>}
                </>
              ),
            },
            { header: gt('grp.col.kind'), cell: (g) => gt(`grp.kind.${g.group.kind}`) },
            { header: gt('grp.col.members'), cell: (g) => String(g.members) },
            { header: gt('grp.col.guests'), cell: (g) => String(g.guests) },
            {
              header: gt('grp.col.action'),
              cell: (g) => (
                <Button
                  aria-label={`${gt('grp.open')} ${nameOf(g.group, locale)}`}
                  onClick={() => go(`#/groups/${encodeURIComponent(g.group.id)}`)}
                >
                  {gt('grp.open')}
                </Button>
              ),
            },
          ]}
        />
      </section>
      {admin && (
        <section className={styles.section}>
          <form onSubmit={create} className={styles.column} aria-label={gt('grp.create')}>
            <Title3 as="h2">{gt('grp.create')}</Title3>
            <Field label={gt('grp.name.fr')}>
              <Input value={nameFr} onChange={(_, d) => setNameFr(d.value)} maxLength={120} />
            </Field>
            <Field label={gt('grp.name.en')}>
              <Input value={nameEn} onChange={(_, d) => setNameEn(d.value)} maxLength={120} />
            </Field>
            <Field label={gt('grp.kind')}>
              <Dropdown
                value={gt(`grp.kind.${kind}`)}
                selectedOptions={[kind]}
                onOptionSelect={(_, d) => setKind((d.optionValue as Kind) ?? 'partners')}
              >
                {kinds.map((k) => (
                  <Option key={k} value={k}>
                    {gt(`grp.kind.${k}`)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={gt('grp.managers')}>
              <Input value={managers} onChange={(_, d) => setManagers(d.value)} maxLength={2000} />
            </Field>
            {failure && (
              <Body1 role="alert" data-testid="groups-error">
                {failure}
              </Body1>
            )}
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" disabled={!nameFr.trim() && !nameEn.trim()}>
                {gt('grp.create.submit')}
              </Button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
