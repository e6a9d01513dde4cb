/**
 * On a channel tab's configuration page: which group's portal the tab shows. The group whose
 * space is this team or channel is chosen at once (the server finds it from the tab's context ids
 * and names it only to whoever may open it); the groups the person manages, and the Relais home
 * page, are the other choices. When Teams shows an existing tab's settings again, what the tab
 * shows is chosen instead, if the person may still choose it. Each choice replaces what Teams'
 * Save stores; until the choices are known, Save keeps what the shell gave it.
 */
import { Body1, Field, MessageBar, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type ApiClient, answerOf } from '../api/api-client.js';
import { useLoad } from '../api/use-load.js';
import { contentOfTab, homeTabSettings, portalTabSettings } from '../host/tab-settings.js';
import type { TabConfig, TabSettings, TeamsSpace } from '../host/teams-host.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from '../tours/tours-styles.js';
import { nameOf } from './groups-list-page.js';
import { useGroupsText } from './groups-text.js';

const home = 'home';

interface Choice {
  id: string;
  name: string;
}

export function PortalTabChoice(props: {
  api: ApiClient;
  space: TeamsSpace;
  /** what an existing tab saved, when Teams shows its settings again */
  saved?: TabConfig;
  saveAs(settings: TabSettings): void;
}) {
  const { api, space, saved, saveAs } = props;
  const { t } = useI18n();
  const { gt, locale } = useGroupsText();
  const groups = useLoad(
    async (signal) => {
      const [found, managed] = await Promise.all([
        answerOf(api.http.GET('/me/teams-space-group', { params: { query: space }, signal })),
        answerOf(api.http.GET('/groups', { signal })),
      ]);
      const spaceGroup = found.group ? { id: found.group.id, name: nameOf(found.group, locale) } : undefined;
      const others: Choice[] = managed.groups
        .filter((g) => g.group.archivedAt === null && g.group.id !== spaceGroup?.id)
        .map((g) => ({ id: g.group.id, name: nameOf(g.group, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale));
      return { spaceGroup, choices: spaceGroup ? [spaceGroup, ...others] : others };
    },
    [space.teamId, space.channelId, space.aadGroupId, locale],
  );
  const [chosen, setChosen] = useState<string>();
  // what Save stores now (its entity id), once handed to Teams: tests wait for it before saving
  const [stored, setStored] = useState<string>();
  const data = groups.data;
  const shows = saved && contentOfTab(saved);
  // what an existing tab shows, when the person may choose it here
  const showsChoice =
    data && shows && ('home' in shows ? home : data.choices.find((c) => c.id === shows.groupId)?.id);
  // a portal they may no longer choose (not its manager, group archived or gone): it stays until Save
  const showsLost = Boolean(data && shows && 'groupId' in shows && !showsChoice);
  // what the tab shows, else the space's group, until the person chooses something else
  const current = chosen ?? showsChoice ?? data?.spaceGroup?.id ?? home;

  useEffect(() => {
    // until the choices are known (or if they cannot be), Save keeps what the shell handed Teams
    if (!data) return;
    const group = data.choices.find((c) => c.id === current);
    const settings = group ? portalTabSettings(group.id, group.name) : homeTabSettings();
    saveAs(settings);
    setStored(settings.entityId);
  }, [data, current, saveAs]);

  if (groups.loading && !data) return <Spinner size="small" label={gt('grp.tab.loading')} />;
  if (groups.error)
    return (
      <>
        <Body1 role="alert">{errorText(t, groups.error)}</Body1>
        <Body1 as="p">{t('configure.body')}</Body1>
      </>
    );
  const lostNotice = showsLost && (
    <MessageBar intent="info" data-testid="tab-shows-lost">
      {gt('grp.tab.lost')}
    </MessageBar>
  );
  if (!data || data.choices.length === 0)
    return (
      <>
        {lostNotice}
        <Body1 as="p">{t('configure.body')}</Body1>
      </>
    );
  return (
    <div data-testid="tab-choice-form" data-stored={stored}>
      {lostNotice}
      {data.spaceGroup && (
        <Body1 as="p" data-testid="tab-space-group">
          {gt('grp.tab.found', { name: data.spaceGroup.name })}
        </Body1>
      )}
      <Field label={gt('grp.tab.choice')} hint={gt(saved ? 'grp.tab.save.again' : 'grp.tab.save')}>
        <Select value={current} onChange={(_, d) => setChosen(d.value)} data-testid="tab-choice">
          {data.choices.map((c) => (
            <option key={c.id} value={c.id}>
              {gt('grp.tab.portal', { name: c.name })}
            </option>
          ))}
          <option value={home}>{gt('grp.tab.home')}</option>
        </Select>
      </Field>
    </div>
  );
}
