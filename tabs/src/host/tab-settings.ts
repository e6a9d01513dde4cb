/**
 * What a configurable (channel, chat, meeting) tab saves: the home page, or one group's portal
 * (`#/groups/<id>/portal`). The content URL keeps `inTeams=1`, so the tab knows Teams at once.
 */
import type { TabSettings } from './teams-host.js';

const base = () => `${window.location.origin}${import.meta.env.BASE_URL}`;

/** A configured tab opens the same home page as the personal tab. */
export function homeTabSettings(): TabSettings {
  return {
    entityId: 'relais-home',
    contentUrl: `${base()}?inTeams=1`,
    websiteUrl: base(),
    suggestedDisplayName: 'Relais',
  };
}

/** A tab showing one group's portal, named after the group (Teams caps a tab name at 128). */
export function portalTabSettings(groupId: string, name: string): TabSettings {
  const hash = `#/groups/${encodeURIComponent(groupId)}/portal`;
  return {
    entityId: `relais-group-portal-${groupId}`,
    contentUrl: `${base()}?inTeams=1${hash}`,
    websiteUrl: `${base()}${hash}`,
    suggestedDisplayName: name.slice(0, 128),
  };
}
