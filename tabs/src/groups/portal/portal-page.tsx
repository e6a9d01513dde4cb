/**
 * A group's portal (`#/groups/<id>/portal`), usable as a Teams channel tab: the group's welcome,
 * pinned news, resources, its news and open polls, and its managers to contact, in the reader's
 * language; its managers also get the editor below. A reader outside the group gets the same
 * "not found" as for a group that does not exist. Reads at 390 px.
 */
import { Body1, Caption1, Link, makeStyles, Text, Title2, Title3, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ApiError } from '../../api/api-client.js';
import { useLoad } from '../../api/use-load.js';
import type { CapabilityPageProps } from '../../capability.js';
import { useI18n } from '../../i18n/i18n.js';
import { errorText, useToursStyles } from '../../tours/tours-styles.js';
import { createPortalApi, type PortalView } from './portal-api.js';
import { PortalEditor } from './portal-editor.js';
import { usePortalText } from './portal-text.js';

const useStyles = makeStyles({
  // the managers' words as they wrote them, line breaks kept, never as markup
  welcome: { whiteSpace: 'pre-wrap', display: 'block' },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: { overflowWrap: 'anywhere' },
  block: { display: 'block' },
  // stacked links stay comfortable touch targets (24 px, WCAG 2.2 target size)
  linkBlock: { display: 'block', minHeight: '24px', lineHeight: '24px', width: 'fit-content' },
});

export function PortalPage({ api: client, go, groupId }: CapabilityPageProps & { groupId: string }) {
  const { t } = useI18n();
  const { pt, locale } = usePortalText();
  const layout = useToursStyles();
  const api = useMemo(() => createPortalApi(client), [client]);
  const portal = useLoad((signal) => api.view(groupId, locale, signal), [groupId, locale]);
  const view = portal.data;
  const missing = portal.error instanceof ApiError && portal.error.status === 404;

  return (
    <div className={layout.page} data-testid="group-portal">
      <Title2 as="h1">{view ? pt('portal.of', { group: view.group.name }) : pt('portal.title')}</Title2>
      {missing && <Body1 role="alert">{pt('portal.not_found')}</Body1>}
      {portal.error && !missing && <Body1 role="alert">{errorText(t, portal.error)}</Body1>}
      {view?.canEdit && (
        <Link
          href={`#/groups/${encodeURIComponent(groupId)}`}
          onClick={(e) => {
            e.preventDefault();
            go(`#/groups/${encodeURIComponent(groupId)}`);
          }}
        >
          {pt('portal.group_page')}
        </Link>
      )}
      {view && <PortalContent view={view} />}
      {view?.canEdit && view.content && (
        <PortalEditor api={api} groupId={groupId} view={view} onSaved={portal.reload} />
      )}
    </div>
  );
}

function PortalContent({ view }: { view: PortalView }) {
  const { pt, locale } = usePortalText();
  const layout = useToursStyles();
  const styles = useStyles();
  const date = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' }).format(
          new Date(iso),
        )
      : '';
  const newsList = (lines: PortalView['news'], testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {lines.map((line) => (
        <li key={line.id} className={styles.item}>
          <Text weight="semibold" className={styles.block}>
            {line.title}
          </Text>
          {line.summary && <Text className={styles.block}>{line.summary}</Text>}
          <Caption1>{date(line.publishedAt)}</Caption1>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      {view.group.description && <Body1 className={styles.block}>{view.group.description}</Body1>}
      {view.welcome && (
        <Body1 className={styles.welcome} data-testid="portal-welcome">
          {view.welcome}
        </Body1>
      )}
      {view.pinned.length > 0 && (
        <section className={layout.section} aria-labelledby="portal-pinned">
          <Title3 as="h2" id="portal-pinned">
            {pt('portal.pinned')}
          </Title3>
          {newsList(view.pinned, 'portal-pinned')}
        </section>
      )}
      {view.sections.length > 0 && (
        <section className={layout.section} aria-labelledby="portal-resources">
          <Title3 as="h2" id="portal-resources">
            {pt('portal.resources')}
          </Title3>
          {view.sections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; their order is their identity
            <div key={index} className={layout.section}>
              <Text as="h3" weight="semibold" className={styles.block}>
                {section.title}
              </Text>
              <ul className={styles.list}>
                {section.resources.map((resource) => (
                  <li key={resource.url} className={styles.item}>
                    <Link href={resource.url} target="_blank" rel="noopener noreferrer">
                      {resource.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <section className={layout.section} aria-labelledby="portal-news">
        <Title3 as="h2" id="portal-news">
          {pt('portal.news')}
        </Title3>
        {view.news.length === 0 ? (
          <Body1>{pt('portal.news.none')}</Body1>
        ) : (
          newsList(view.news, 'portal-news')
        )}
        <Link href="#/my-news">{pt('portal.news.all')}</Link>
      </section>
      <section className={layout.section} aria-labelledby="portal-polls">
        <Title3 as="h2" id="portal-polls">
          {pt('portal.polls')}
        </Title3>
        {view.polls.length === 0 ? (
          <Body1>{pt('portal.polls.none')}</Body1>
        ) : (
          <>
            <ul className={styles.list} data-testid="portal-polls">
              {view.polls.map((poll) => (
                <li key={poll.id} className={styles.item}>
                  {poll.question}
                  {poll.closesAt && <Caption1 className={styles.block}>{date(poll.closesAt)}</Caption1>}
                </li>
              ))}
            </ul>
            <Caption1>{pt('portal.polls.hint')}</Caption1>
          </>
        )}
      </section>
      {view.contacts.length > 0 && (
        <section className={layout.section} aria-labelledby="portal-contacts">
          <Title3 as="h2" id="portal-contacts">
            {pt('portal.contacts')}
          </Title3>
          <ul className={styles.list} data-testid="portal-contacts">
            {view.contacts.map((contact) => (
              <li key={contact.personId} className={styles.item}>
                <Text weight="semibold" className={styles.block}>
                  {contact.displayName}
                </Text>
                {contact.chat.teams && (
                  <Link
                    href={contact.chat.teams}
                    target="_blank"
                    rel="noopener noreferrer"
                    className={styles.linkBlock}
                  >
                    {pt('portal.contact.chat', { name: contact.displayName })}
                  </Link>
                )}
                {contact.email && (
                  <Link href={`mailto:${contact.email}`} className={styles.linkBlock}>
                    {pt('portal.contact.mail', { name: contact.displayName })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
