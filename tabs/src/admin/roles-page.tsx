/**
 * The roles page: find a person in the directory, see their roles, grant a role for the whole
 * organisation or a department, site or group, revoke one. Each change replaces the person's
 * roles in one call; the server checks the caller is an administrator, refuses a scope a role
 * cannot have, and writes every grant and revocation to the event log.
 */
import {
  Badge,
  Body1,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { describeError } from '../components/describe-error.js';
import { type MessageKey, type Translate, useI18n } from '../i18n/i18n.js';
import { adminApi, type DirectoryPerson, type RoleGrant } from './admin-api.js';
import { useAdminStyles } from './admin-styles.js';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '12rem' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

type Role = RoleGrant['role'];
type ScopeKind = 'organisation' | 'department' | 'site' | 'group';
const roles: Role[] = ['admin', 'communicator', 'ambassador', 'group_manager'];
/** what each role may be scoped to (the server refuses the others) */
const scopeKinds: Record<Role, ScopeKind[]> = {
  admin: ['organisation'],
  communicator: ['organisation', 'department', 'site'],
  ambassador: ['organisation', 'department', 'site'],
  group_manager: ['group'],
};

const roleLabel = (t: Translate, grant: { role: string; scope?: string }) => {
  const label = t(`role.${grant.role}` as MessageKey);
  if (!grant.scope) return label;
  const [kind, ...rest] = grant.scope.split(':');
  const scope =
    kind === 'department' || kind === 'site'
      ? t(`roles.scope.${kind}`, { name: rest.join(':') })
      : grant.role === 'group_manager'
        ? t('roles.scope.group', { name: grant.scope })
        : grant.scope;
  return `${label} · ${scope}`;
};

export function RolesPage({ api }: { api: ApiClient }) {
  const { t } = useI18n();
  const page = useAdminStyles();
  const styles = useStyles();
  const calls = adminApi(api);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<DirectoryPerson[]>();
  const [chosen, setChosen] = useState<DirectoryPerson>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setFound((await calls.searchPeople(query.trim())).people);
    } catch (e) {
      setError(describeError(e instanceof Error ? e : new Error(String(e)), t));
    }
  };

  const save = async (person: DirectoryPerson, next: RoleGrant[]) => {
    // one change at a time; the buttons stay enabled (no colour flicker), a second click waits its turn
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const updated = await calls.replaceRoles(person.id, next);
      setChosen(updated);
      setFound((list) => list?.map((p) => (p.id === updated.id ? updated : p)));
      setSaved(t('roles.saved', { name: updated.displayName }));
    } catch (e) {
      setError(describeError(e instanceof Error ? e : new Error(String(e)), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={page.page} data-testid="roles-page">
      <Title2 as="h1" className={page.title}>
        {t('roles.title')}
      </Title2>
      <Body1>{t('roles.intro')}</Body1>
      <form className={styles.row} onSubmit={search} aria-label={t('roles.search')}>
        <Field label={t('roles.search')} className={styles.grow}>
          <Input
            type="search"
            value={query}
            placeholder={t('roles.search.placeholder')}
            onChange={(_e, data) => setQuery(data.value)}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {t('roles.search')}
        </Button>
      </form>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {found && (
        <section aria-labelledby="roles-results" className={page.section}>
          <Subtitle2 as="h2" id="roles-results">
            {t('roles.results')}
          </Subtitle2>
          {found.length === 0 ? (
            <Body1>{t('roles.none_found')}</Body1>
          ) : (
            <ul className={styles.list}>
              {found.map((person) => (
                <li key={person.id} className={styles.item}>
                  <span className={styles.who}>
                    <Text weight="semibold">{person.displayName}</Text>
                    {person.email && <Text size={200}>{person.email}</Text>}
                  </span>
                  <Button
                    aria-label={`${t('roles.choose')} · ${person.displayName}`}
                    aria-pressed={chosen?.id === person.id}
                    onClick={() => setChosen(person)}
                  >
                    {t('roles.choose')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {chosen && <PersonRoles person={chosen} busy={busy} onChange={(next) => save(chosen, next)} />}
    </div>
  );
}

function PersonRoles({
  person,
  busy,
  onChange,
}: {
  person: DirectoryPerson;
  busy: boolean;
  onChange(next: RoleGrant[]): void;
}) {
  const { t } = useI18n();
  const page = useAdminStyles();
  const styles = useStyles();
  const [role, setRole] = useState<Role>('communicator');
  const [kind, setKind] = useState<ScopeKind>('organisation');
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const kinds = scopeKinds[role];
  const current: RoleGrant[] = person.roles.map((r) => ({ role: r.role, scope: r.scope ?? '' }));

  const grant = (event: FormEvent) => {
    event.preventDefault();
    const effectiveKind = kinds.includes(kind) ? kind : kinds[0]!;
    const name = value.trim();
    if (effectiveKind !== 'organisation' && !name) return setMissing(true);
    setMissing(false);
    const scope =
      effectiveKind === 'organisation' ? '' : effectiveKind === 'group' ? name : `${effectiveKind}:${name}`;
    if (current.some((g) => g.role === role && g.scope === scope)) return;
    onChange([...current, { role, scope }]);
  };

  return (
    <Card aria-labelledby="roles-current" className={page.section} data-testid="person-roles">
      <Subtitle2 as="h2" id="roles-current">
        {t('roles.current', { name: person.displayName })}
      </Subtitle2>
      {current.length === 0 ? (
        <Body1>{t('roles.no_roles')}</Body1>
      ) : (
        <ul className={styles.list}>
          {current.map((g) => (
            <li key={`${g.role}:${g.scope}`} className={styles.item}>
              <Badge appearance="tint" color="brand">
                {roleLabel(t, g)}
              </Badge>
              <Button
                size="small"
                onClick={() => onChange(current.filter((o) => !(o.role === g.role && o.scope === g.scope)))}
              >
                {t('roles.revoke', { role: roleLabel(t, g) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.row} onSubmit={grant} aria-label={t('roles.grant.title')}>
        <Field label={t('roles.grant.role')}>
          <Select value={role} onChange={(_e, data) => setRole(data.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('roles.grant.scope_kind')}>
          <Select
            value={kinds.includes(kind) ? kind : kinds[0]}
            onChange={(_e, data) => setKind(data.value as ScopeKind)}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`roles.grant.scope.${k}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        {(kinds.includes(kind) ? kind : kinds[0]) !== 'organisation' && (
          <Field
            label={t('roles.grant.scope_value')}
            className={styles.grow}
            validationState={missing ? 'error' : 'none'}
            validationMessage={missing ? t('roles.grant.scope_missing') : undefined}
          >
            <Input value={value} onChange={(_e, data) => setValue(data.value)} />
          </Field>
        )}
        <Button type="submit" appearance="primary" aria-busy={busy}>
          {t('roles.grant.submit')}
        </Button>
      </form>
    </Card>
  );
}
