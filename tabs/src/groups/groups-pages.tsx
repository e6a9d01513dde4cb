/**
 * The groups capability's pages: the list (`#/groups`), a group's page (`#/groups/<id>`), its
 * portal (`#/groups/<id>/portal`, also a Teams channel tab) and the caller's portals (`#/my-groups`).
 */
import type { CapabilityPageProps } from '../capability.js';
import { GroupPage } from './group-page.js';
import { GroupsListPage } from './groups-list-page.js';
import { MyPortalsPage } from './portal/my-portals-page.js';
import { PortalPage } from './portal/portal-page.js';

export function GroupsPages(props: CapabilityPageProps) {
  if (/^#\/my-groups(?:[/?]|$)/.test(props.hash)) return <MyPortalsPage {...props} />;
  const portal = /^#\/groups\/([^/?]+)\/portal(?:[/?]|$)/.exec(props.hash);
  if (portal) return <PortalPage {...props} groupId={decodeURIComponent(portal[1]!)} />;
  const match = /^#\/groups\/([^/?]+)/.exec(props.hash);
  return match ? (
    <GroupPage {...props} groupId={decodeURIComponent(match[1]!)} />
  ) : (
    <GroupsListPage {...props} />
  );
}
