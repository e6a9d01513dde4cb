/**
 * Renders one legal document: its title (the page's only h1), the notice that it is a template
 * for the deploying organisation, a table of contents and one h2 section per part, with the
 * organisation's contact where the text calls for it.
 */
import {
  Body1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Subtitle1,
  Title1,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';
import type { Block, LegalDocument } from './legal-document.js';
import { legalPageHref } from './legal-route.js';

const useStyles = makeStyles({
  article: {
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXXL}`,
    lineHeight: tokens.lineHeightBase400,
  },
  title: { display: 'block', margin: `0 0 ${tokens.spacingVerticalL}` },
  notice: { marginBottom: tokens.spacingVerticalL },
  intro: { display: 'block', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase500 },
  toc: {
    margin: `${tokens.spacingVerticalL} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tocTitle: { margin: `${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase300 },
  tocList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // a link alone on its line is a target of its own: 24 px tall at least (WCAG 2.5.8), not the 16 px of its text
  tocLink: { display: 'inline-block', minHeight: '24px', paddingBlock: tokens.spacingVerticalXXS },
  section: { marginTop: tokens.spacingVerticalXXL },
  heading: { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}` },
  paragraph: { display: 'block', margin: `0 0 ${tokens.spacingVerticalM}` },
  list: { margin: `0 0 ${tokens.spacingVerticalM}`, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalS },
  contact: {
    display: 'block',
    width: 'fit-content',
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function LegalDocumentView<Id extends string>({
  document: doc,
  order,
  contact,
  inTeams,
}: {
  document: LegalDocument<Id>;
  order: readonly Id[];
  /** the configured privacy contact; null or undefined shows the fallback */
  contact: string | null | undefined;
  /** links to the other page keep inTeams=1 */
  inTeams: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = (id: Id) => `section-${id}`;
  return (
    <article className={styles.article} aria-labelledby="legal-title">
      <Title1 as="h1" id="legal-title" className={styles.title}>
        {doc.title}
      </Title1>
      <MessageBar intent="warning" layout="multiline" className={styles.notice} data-testid="template-notice">
        <MessageBarBody>
          <MessageBarTitle>{t('legal.template_title')}</MessageBarTitle>
          {t('legal.template_body')}
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p" className={styles.intro}>
        {doc.intro}
      </Body1>
      <nav className={styles.toc} aria-labelledby="toc-title">
        <h2 id="toc-title" className={styles.tocTitle}>
          {t('legal.on_this_page')}
        </h2>
        <ol className={styles.tocList}>
          {order.map((id) => (
            <li key={id}>
              <Link className={styles.tocLink} href={`#${headingId(id)}`}>
                {doc.sections[id].heading}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {order.map((id) => (
        <section key={id} className={styles.section} aria-labelledby={headingId(id)}>
          <Subtitle1 as="h2" id={headingId(id)} className={styles.heading}>
            {doc.sections[id].heading}
          </Subtitle1>
          {doc.sections[id].blocks.map((block, index) => (
            // blocks are static text in a fixed order: their position is a stable key
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <BlockView key={index} block={block} contact={contact} inTeams={inTeams} />
          ))}
        </section>
      ))}
    </article>
  );
}

function BlockView({
  block,
  contact,
  inTeams,
}: {
  block: Block;
  contact: string | null | undefined;
  inTeams: boolean;
}) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  switch (block.kind) {
    case 'paragraph':
      return (
        <Body1 as="p" className={styles.paragraph}>
          {block.text}
        </Body1>
      );
    case 'list':
      // a bold lead-in, then ': ' in English or ' : ' in French
      return (
        <ul className={styles.list}>
          {block.items.map((item) => (
            <li key={item.term ?? item.text} className={styles.item}>
              <Body1>
                {item.term && (
                  <>
                    <strong>{item.term}</strong>
                    {t('legal.term_separator')}
                  </>
                )}
                {item.text}
              </Body1>
            </li>
          ))}
        </ul>
      );
    case 'page_link':
      return (
        <Body1 as="p" className={styles.paragraph}>
          <Link href={legalPageHref(block.page, { lang: locale, inTeams })}>{block.text}</Link>
        </Body1>
      );
    case 'contact':
      return (
        <Body1 as="p" className={styles.contact} data-testid="privacy-contact">
          <strong>{t('legal.contact_label')}</strong>
          {t('legal.term_separator')}
          {contact ? <ContactValue contact={contact} /> : t('legal.contact_fallback')}
        </Body1>
      );
  }
}

/** An email becomes a mailto link and a web address a link; anything else (a name) stays text. */
function ContactValue({ contact }: { contact: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return <Link href={`mailto:${contact}`}>{contact}</Link>;
  if (/^https?:\/\/\S+$/.test(contact)) {
    return (
      <Link href={contact} target="_blank" rel="noopener noreferrer">
        {contact}
      </Link>
    );
  }
  return <>{contact}</>;
}
