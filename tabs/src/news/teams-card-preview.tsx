/**
 * The Teams rendering of a news card, drawn by Microsoft's official `adaptivecards` renderer from
 * the very JSON the bot sends (bots/teams/cards/render-adaptive-card.ts, a pure function bundled
 * here). Buttons are inert: this is a preview.
 */
import * as AC from 'adaptivecards';
import { useEffect, useRef } from 'react';
import type { AdaptiveCardJson } from '../../../bots/teams/cards/render-adaptive-card.js';

/** Teams-like look: Segoe UI, compact spacing, accent buttons. */
const hostConfig = new AC.HostConfig({
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 12 },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left' },
});

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Adaptive Card markdown Teams understands, as far as our renderer emits it: **bold**,
 * _italic_, [label](url), `- ` lists, line breaks. Everything is escaped first, so card text
 * can never inject markup into the console.
 */
export function cardMarkdownToHtml(source: string): string {
  const inline = (line: string) =>
    escapeHtml(line)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^\w\\])_(.+?)_(?!\w)/g, '$1<em>$2</em>')
      .replace(
        /\[([^\]]*)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g,
        (_m, label: string, url: string) => `<a href="${url}" target="_blank" rel="noreferrer">${label}</a>`,
      )
      .replace(/\\([\\*_[\]-])/g, '$1');
  const html: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) html.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of source.split(/\r?\n/)) {
    const item = /^\s{0,3}- (.*)$/.exec(line);
    if (item) {
      list.push(inline(item[1] ?? ''));
      continue;
    }
    flush();
    html.push(line.trim() === '' ? '<br>' : `${inline(line)}<br>`);
  }
  flush();
  return html.join('').replace(/(<br>)+$/, '');
}

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = cardMarkdownToHtml(text);
  result.didProcess = true;
};

export interface TeamsCardPreviewProps {
  card: AdaptiveCardJson | undefined;
  /** label of the region, for screen readers */
  label: string;
}

export function TeamsCardPreview({ card, label }: TeamsCardPreviewProps) {
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
  return <section ref={host} aria-label={label} data-testid="teams-preview" />;
}
