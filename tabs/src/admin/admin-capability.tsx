/**
 * Administration in the tab app: the first administrator's setup guide (`#/welcome`, where the
 * setup link lands) and the roles page (`#/roles`), for organisation-wide administrators.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useI18n } from '../i18n/i18n.js';
import { isAdministrator } from './admin-api.js';

function AdminHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  // a person's panel only: automation keys manage roles through the API
  if (!me?.person || !isAdministrator(me)) return null;
  return (
    <FeatureCard
      name="admin"
      title={t('admin.card.title')}
      description={t('admin.card.description')}
      links={[
        { href: '#/welcome', label: t('admin.nav.welcome') },
        { href: '#/roles', label: t('admin.nav.roles') },
      ]}
    />
  );
}

function AdminNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { t } = useI18n();
  if (!isAdministrator(me)) return null;
  return (
    <>
      <NavLink hash="#/welcome" label={t('admin.nav.welcome')} current={hash === '#/welcome'} go={go} />
      <NavLink hash="#/roles" label={t('admin.nav.roles')} current={hash === '#/roles'} go={go} />
    </>
  );
}

export const adminCapability: TabCapability = {
  name: 'admin',
  owns: (hash) => hash === '#/welcome' || hash === '#/roles',
  Pages: lazy(() => import('./admin-pages.js').then((m) => ({ default: m.AdminPages }))),
  HomeCard: AdminHomeCard,
  NavEntries: AdminNavEntries,
};
