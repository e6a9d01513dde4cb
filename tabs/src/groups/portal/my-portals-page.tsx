/**
 * The portals a person may open (`#/my-groups`): one link per group they are in, members and
 * guests alike; the way in for a guest of the personal tab, whose home page cannot list them.
 */
import { Body1, Link, Title2 } from '@fluentui/react-components';
import { answerOf } from '../../api/api-client.js';
import { useLoad } from '../../api/use-load.js';
import type { CapabilityPageProps } from '../../capability.js';
import { useI18n } from '../../i18n/i18n.js';
import { errorText, useToursStyles } from '../../tours/tours-styles.js';
import { usePortalText } from './portal-text.js';

export const portalHash = (groupId: string) => `#/groups/${encodeURIComponent(groupId)}/portal`;

export function MyPortalsPage({ api, go }: CapabilityPageProps) {
  const { t } = useI18n();
  const { pt, locale } = usePortalText();
  const layout = useToursStyles();
  const mine = useLoad(
    (signal) => answerOf(api.http.GET('/me/group-portals', { params: { query: { locale } }, signal })),
    [locale],
  );
  const portals = mine.data?.portals;
  return (
    <div className={layout.page} data-testid="my-portals">
      <Title2 as="h1">{pt('portal.mine')}</Title2>
      {mine.error && <Body1 role="alert">{errorText(t, mine.error)}</Body1>}
      {portals?.length === 0 && <Body1>{pt('portal.mine.none')}</Body1>}
      <ul className={layout.column}>
        {portals?.map((portal) => (
          <li key={portal.id}>
            <Link
              href={portalHash(portal.id)}
              onClick={(e) => {
                e.preventDefault();
                go(portalHash(portal.id));
              }}
            >
              {pt('portal.of', { group: portal.name })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
