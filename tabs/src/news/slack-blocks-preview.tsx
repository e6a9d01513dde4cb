/**
 * The Slack rendering of a news card: the Block Kit blocks the bot sends
 * (bots/slack/cards/render-block-kit.ts, a pure function bundled here) drawn as HTML that looks
 * like Slack's message view. Slack has no public renderer; this follows its layout (header,
 * sections with fields, images, context, dividers, button rows) and its mrkdwn rules, including
 * the zero-width spaces our renderer puts around literal markers so they never pair.
 */

import { makeStyles, tokens } from '@fluentui/react-components';
import type { KnownBlock } from '@slack/types';
import type { ReactNode } from 'react';
import { mrkdwnToHtml } from './preview-markup.js';

interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
}

const useStyles = makeStyles({
  message: {
    display: 'flex',
    gap: '8px',
    fontFamily: "Slack-Lato, 'Lato', 'Helvetica Neue', Helvetica, Arial, sans-serif",
    fontSize: '15px',
    lineHeight: '1.46668',
    color: '#1d1c1d',
    backgroundColor: '#ffffff',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: '1px solid #dddddd',
  },
  avatar: {
    width: '36px',
    height: '36px',
    borderRadius: '6px',
    backgroundColor: '#4a154b',
    color: '#ffffff',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: 700,
    flexShrink: 0,
  },
  body: { flexGrow: 1, minWidth: 0 },
  sender: { fontWeight: 900, marginRight: '6px' },
  app: {
    fontSize: '10px',
    backgroundColor: 'rgba(29,28,29,0.13)',
    padding: '1px 3px',
    borderRadius: '2px',
    color: 'rgba(29,28,29,0.7)',
  },
  header: { fontSize: '18px', fontWeight: 900, margin: '4px 0' },
  section: { margin: '4px 0', display: 'flex', gap: '12px', overflowWrap: 'anywhere' },
  fields: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px 16px', margin: '4px 0' },
  image: { maxWidth: '360px', maxHeight: '360px', borderRadius: '8px', display: 'block', margin: '4px 0' },
  context: { fontSize: '12px', color: '#616061', margin: '4px 0', display: 'flex', gap: '4px' },
  divider: { border: 'none', borderTop: '1px solid #dddddd', margin: '8px 0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '8px 0' },
  button: {
    fontFamily: 'inherit',
    fontSize: '13px',
    fontWeight: 700,
    padding: '0 12px',
    height: '28px',
    borderRadius: '4px',
    border: '1px solid rgba(29,28,29,0.3)',
    backgroundColor: '#ffffff',
    color: '#1d1c1d',
    cursor: 'default',
  },
  primary: { backgroundColor: '#007a5a', color: '#ffffff', border: '1px solid #007a5a' },
  danger: { backgroundColor: '#e01e5a', color: '#ffffff', border: '1px solid #e01e5a' },
  input: { margin: '8px 0' },
  inputBox: { border: '1px solid rgba(29,28,29,0.3)', borderRadius: '4px', height: '32px', marginTop: '4px' },
});

function Text({ value }: { value: TextObject | undefined }) {
  if (!value) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: mrkdwnToHtml escapes everything it does not build itself
  if (value.type === 'mrkdwn') return <span dangerouslySetInnerHTML={{ __html: mrkdwnToHtml(value.text) }} />;
  return <span>{value.text}</span>;
}

// biome-ignore lint/suspicious/noExplicitAny: Block Kit elements are a wide union; the preview reads a few fields
type AnyElement = Record<string, any>;

function ButtonView({ element }: { element: AnyElement }) {
  const styles = useStyles();
  const style =
    element.style === 'primary' ? styles.primary : element.style === 'danger' ? styles.danger : '';
  return (
    <button type="button" tabIndex={-1} className={`${styles.button} ${style}`} data-url={element.url}>
      {element.url ? '↗ ' : ''}
      {element.text?.text}
    </button>
  );
}

function BlockView({ block }: { block: KnownBlock }) {
  const styles = useStyles();
  const b = block as AnyElement;
  switch (block.type) {
    case 'header':
      return (
        <div className={styles.header} data-block="header">
          {b.text?.text}
        </div>
      );
    case 'section':
      return (
        <div data-block="section">
          <div className={styles.section}>
            <div>
              <Text value={b.text} />
            </div>
            {b.accessory?.type === 'button' && <ButtonView element={b.accessory} />}
            {b.accessory?.type === 'image' && (
              <img src={b.accessory.image_url} alt={b.accessory.alt_text} width={72} height={72} />
            )}
          </div>
          {Array.isArray(b.fields) && (
            <div className={styles.fields}>
              {(b.fields as TextObject[]).map((field, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fields have no identity
                <div key={i}>
                  <Text value={field} />
                </div>
              ))}
            </div>
          )}
        </div>
      );
    case 'image':
      return <img className={styles.image} src={b.image_url} alt={b.alt_text} data-block="image" />;
    case 'context':
      return (
        <div className={styles.context} data-block="context">
          {(b.elements as AnyElement[]).map((element, i) =>
            element.type === 'image' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: context elements have no identity
              <img key={i} src={element.image_url} alt={element.alt_text} width={16} height={16} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: context elements have no identity
              <Text key={i} value={element as TextObject} />
            ),
          )}
        </div>
      );
    case 'divider':
      return <hr className={styles.divider} data-block="divider" />;
    case 'actions':
      return (
        <div className={styles.actions} data-block="actions">
          {(b.elements as AnyElement[]).map((element, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: position is the identity in a preview
            <ButtonView key={i} element={element} />
          ))}
        </div>
      );
    case 'input':
      return (
        <div className={styles.input} data-block="input">
          <strong>{b.label?.text}</strong>
          <div className={styles.inputBox} />
        </div>
      );
    default:
      return null;
  }
}

export interface SlackBlocksPreviewProps {
  blocks: KnownBlock[] | undefined;
  label: string;
  appName?: string;
}

export function SlackBlocksPreview({
  blocks,
  label,
  appName = 'Relais',
}: SlackBlocksPreviewProps): ReactNode {
  const styles = useStyles();
  return (
    <section aria-label={label} className={styles.message} data-testid="slack-preview">
      <div className={styles.avatar} aria-hidden="true">
        {appName.slice(0, 1)}
      </div>
      <div className={styles.body}>
        <div>
          <span className={styles.sender}>{appName}</span>
          <span className={styles.app}>APP</span>
        </div>
        {(blocks ?? []).map((block, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are redrawn as a whole
          <BlockView key={i} block={block} />
        ))}
      </div>
    </section>
  );
}
