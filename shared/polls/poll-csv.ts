/**
 * CSV exports of a poll: results (option, votes, percent) and, for named polls, who chose what.
 * Cells that a spreadsheet would run as a formula (= + - @) are prefixed with a quote.
 */
import type { Translator } from '../i18n/i18n.js';
import { choicesOf, type Poll, type PollResults } from './poll-model.js';

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (rows: (string | number)[][]): string =>
  `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

export function resultsCsv(poll: Poll, results: PollResults, t: Translator): string {
  const percent = (n: number) => (results.voters ? Math.round((n / results.voters) * 1000) / 10 : 0);
  return csv([
    [t('poll.csv.option'), t('poll.csv.votes'), t('poll.csv.percent')],
    ...poll.options.map((o) => [o.label, results.counts[o.id] ?? 0, percent(results.counts[o.id] ?? 0)]),
  ]);
}

export function votersCsv(
  poll: Poll,
  ballots: { name: string | null; email: string | null; choices: number; at: string | null }[],
  t: Translator,
): string {
  const labels = new Map(poll.options.map((o) => [o.id, o.label]));
  return csv([
    [t('poll.csv.person'), t('poll.csv.email'), t('poll.csv.choices'), t('poll.csv.voted_at')],
    ...ballots.map((b) => [
      b.name ?? '',
      b.email ?? '',
      choicesOf(poll, b.choices)
        .map((id) => labels.get(id) ?? id)
        .join(' | '),
      b.at ?? '',
    ]),
  ]);
}
