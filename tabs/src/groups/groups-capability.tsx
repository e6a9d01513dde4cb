/**
 * The groups capability of the tab app: the extranet groups (`#/groups`) for administrators and
 * group managers, each group's page, and each group's portal for its members and guests (the
 * caller's portals at `#/my-groups`). Whether someone manages a group is the server's to say:
 * the list answers empty for anyone else.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useGroupsText } from './groups-text.js';

/** admins, API keys and members (a guest manages no group from the console) */
const mayOpen = (me: Me | undefined): boolean =>
  Boolean(me && (me.via === 'api_key' || me.person?.kind === 'member'));

function GroupsHomeCard({ me }: { me: Me | undefined }) {
  const { gt } = useGroupsText();
  return (
    <FeatureCard
      name="groups"
      title={gt('grp.title')}
      description={gt('grp.feature.description')}
      links={[
        ...(mayOpen(me) ? [{ href: '#/groups', label: gt('grp.title') }] : []),
        ...(me?.person ? [{ href: '#/my-groups', label: gt('grp.portals') }] : []),
      ]}
    />
  );
}

function GroupsNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { gt } = useGroupsText();
  return (
    <>
      {mayOpen(me) && (
        <NavLink hash="#/groups" label={gt('grp.title')} current={hash.startsWith('#/groups')} go={go} />
      )}
      {/* a guest's way back to their portals; members have the home page's link */}
      {me.person?.kind === 'guest' && (
        <NavLink
          hash="#/my-groups"
          label={gt('grp.portals')}
          current={hash.startsWith('#/my-groups')}
          go={go}
        />
      )}
    </>
  );
}

export const groupsCapability: TabCapability = {
  name: 'groups',
  owns: (hash) => /^#\/(groups|my-groups)([/?]|$)/.test(hash),
  Pages: lazy(() => import('./groups-pages.js').then((m) => ({ default: m.GroupsPages }))),
  HomeCard: GroupsHomeCard,
  NavEntries: GroupsNavEntries,
};
