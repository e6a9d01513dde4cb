/**
 * The Teams rendering of a news card, drawn by Microsoft's official `adaptivecards` renderer from
 * the very JSON the bot sends (bots/teams/cards/render-adaptive-card.ts, a pure function bundled
 * here). Buttons are inert: this is a preview.
 */

import { makeStyles } from '@fluentui/react-components';
import * as AC from 'adaptivecards';
import { useEffect, useRef } from 'react';
import type { AdaptiveCardJson } from '../../../bots/teams/cards/render-adaptive-card.js';
import { cardMarkdownToHtml } from './preview-markup.js';

/** Teams-like look: Segoe UI, compact spacing, accent buttons. */
const hostConfig = new AC.HostConfig({
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 12 },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left' },
});

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = cardMarkdownToHtml(text);
  result.didProcess = true;
};

export interface TeamsCardPreviewProps {
  card: AdaptiveCardJson | undefined;
  /** label of the region, for screen readers */
  label: string;
}

/** Teams draws Action.Execute buttons as outlined Fluent buttons; the renderer's bare buttons get that look. */
const useStyles = makeStyles({
  card: {
    padding: '4px',
    '& .ac-pushButton': {
      fontFamily: "'Segoe UI', system-ui, sans-serif",
      fontSize: '14px',
      fontWeight: 600,
      padding: '5px 12px',
      minHeight: '32px',
      borderRadius: '4px',
      border: '1px solid #d1d1d1',
      backgroundColor: '#ffffff',
      color: '#242424',
      cursor: 'default',
    },
    '& .ac-pushButton.style-positive': {
      backgroundColor: '#5b5fc7',
      border: '1px solid #5b5fc7',
      color: '#ffffff',
    },
    '& a': { color: '#5b5fc7' },
  },
});

export function TeamsCardPreview({ card, label }: TeamsCardPreviewProps) {
  const styles = useStyles();
  const host = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    element.replaceChildren();
    if (!card) return;
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = hostConfig;
    // a preview: clicking a button must not navigate or submit anything
    adaptive.onExecuteAction = () => undefined;
    adaptive.parse(JSON.parse(JSON.stringify(card)));
    const rendered = adaptive.render();
    if (rendered) element.appendChild(rendered);
  }, [card]);
  return <section ref={host} className={styles.card} aria-label={label} data-testid="teams-preview" />;
}
