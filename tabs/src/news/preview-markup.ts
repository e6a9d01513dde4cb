/**
 * The two markups the previews draw, as safe HTML: Adaptive Card markdown (what Teams renders in a
 * TextBlock) and Slack mrkdwn (what Slack renders in a section). Every character of card text is
 * escaped before any tag is built, so nothing an author types can inject markup into the console;
 * links are made only for http(s) and mailto URLs.
 */
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

const decodeEntities = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const safeUrl = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url);

/** Slack pairs a marker only at word boundaries: before it start or space/punctuation, after it the same. */
const paired = (marker: string) =>
  new RegExp(`(^|[\\s(])\\${marker}([^\\${marker}\\n]+?)\\${marker}(?=$|[\\s).,!?:;'"])`, 'g');
const emphasis: [RegExp, string][] = [
  [paired('*'), 'b'],
  [paired('_'), 'i'],
  [paired('~'), 's'],
  [paired('`'), 'code'],
];

function formatText(escaped: string): string {
  let html = escaped;
  for (const [pattern, tag] of emphasis) html = html.replace(pattern, `$1<${tag}>$2</${tag}>`);
  return html.replace(/\n/g, '<br>');
}

/** mrkdwn (as Slack receives it: `&lt;` entities, `<url|label>` links) → safe HTML. */
export function mrkdwnToHtml(mrkdwn: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of mrkdwn.matchAll(/<([^<>|]+)(?:\|([^<>]*))?>/g)) {
    const index = match.index ?? 0;
    parts.push(formatText(escapeHtml(decodeEntities(mrkdwn.slice(last, index)))));
    const url = decodeEntities(match[1] ?? '');
    const label = escapeHtml(decodeEntities(match[2] ?? url));
    parts.push(
      safeUrl(url)
        ? `<a href="${escapeHtml(url)}" target="_blank" rel="noreferrer">${label}</a>`
        : escapeHtml(match[0]),
    );
    last = index + match[0].length;
  }
  parts.push(formatText(escapeHtml(decodeEntities(mrkdwn.slice(last)))));
  return parts.join('');
}
