/**
 * What a configurable (channel, chat, meeting) tab saves: the home page, or one group's portal
 * (`#/groups/<id>/portal`). The content URL keeps `inTeams=1`, so the tab knows Teams at once.
 */
import type { TabConfig, TabSettings } from './teams-host.js';

const homeEntityId = 'relais-home';
const portalEntityPrefix = 'relais-group-portal-';

const base = () => `${window.location.origin}${import.meta.env.BASE_URL}`;

/** A configured tab opens the same home page as the personal tab. */
export function homeTabSettings(): TabSettings {
  return {
    entityId: homeEntityId,
    contentUrl: `${base()}?inTeams=1`,
    websiteUrl: base(),
    suggestedDisplayName: 'Relais',
  };
}

/** A tab showing one group's portal, named after the group (Teams caps a tab name at 128). */
export function portalTabSettings(groupId: string, name: string): TabSettings {
  const hash = `#/groups/${encodeURIComponent(groupId)}/portal`;
  return {
    entityId: `${portalEntityPrefix}${groupId}`,
    contentUrl: `${base()}?inTeams=1${hash}`,
    websiteUrl: `${base()}${hash}`,
    suggestedDisplayName: name.slice(0, 128),
  };
}

/** What a saved tab shows, read from the entity id these builders gave it. */
export type TabContent = { home: true } | { groupId: string };

/** undefined when the entity id is none of ours (a tab saved by another version, or by hand) */
export function contentOfTab(config: TabConfig): TabContent | undefined {
  if (config.entityId === homeEntityId) return { home: true };
  if (config.entityId.startsWith(portalEntityPrefix)) {
    const groupId = config.entityId.slice(portalEntityPrefix.length);
    if (groupId) return { groupId };
  }
  return undefined;
}
