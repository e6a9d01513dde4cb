/**
 * On a channel tab's configuration page: which group's portal the tab shows. The group whose
 * space is this team or channel is chosen at once (the server finds it from the tab's context ids
 * and names it only to whoever may open it); the groups the person manages, and the Relais home
 * page, are the other choices. Each choice replaces what Teams' Save stores.
 */
import { Body1, Field, Select, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type ApiClient, answerOf } from '../api/api-client.js';
import { useLoad } from '../api/use-load.js';
import { homeTabSettings, portalTabSettings } from '../host/tab-settings.js';
import type { TabSettings, TeamsSpace } from '../host/teams-host.js';
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
  saveAs(settings: TabSettings): void;
}) {
  const { api, space, saveAs } = props;
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
  // the space's group until the person chooses something else
  const current = chosen ?? data?.spaceGroup?.id ?? home;

  useEffect(() => {
    const group = data?.choices.find((c) => c.id === current);
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
  if (!data || data.choices.length === 0) return <Body1 as="p">{t('configure.body')}</Body1>;
  return (
    <div data-testid="tab-choice-form" data-stored={stored}>
      {data.spaceGroup && (
        <Body1 as="p" data-testid="tab-space-group">
          {gt('grp.tab.found', { name: data.spaceGroup.name })}
        </Body1>
      )}
      <Field label={gt('grp.tab.choice')} hint={gt('grp.tab.save')}>
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
