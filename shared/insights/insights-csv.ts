/**
 * Every table of the dashboard as CSV rows: the headline, the trend, the bars by department and
 * site, the tours' funnel, the strategic items. Hidden figures stay empty cells.
 */
import type { Translator } from '../i18n/i18n.js';
import type { Dashboard } from './dashboard.js';
import { OTHER } from './dashboard.js';

export const insightsTables = [
  'headline',
  'trend',
  'departments',
  'sites',
  'tours',
  'items',
  'groups',
] as const;
export type InsightsTable = (typeof insightsTables)[number];

type Cell = string | number | null;

// RFC 4180 with a BOM for spreadsheets; a cell a spreadsheet would run as a formula (=, +, -, @)
// gets a quote first: item titles are user text. (The same rule as the surveys' export: a
// capability does not import another's files.)
const formulaStart = /^[=+\-@\t\r]/;
function csvCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: Cell[][]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

export function tableRows(d: Dashboard, table: InsightsTable, t: Translator): Cell[][] {
  const name = (n: string) => (n === OTHER ? t('insights.other') : n);
  switch (table) {
    case 'headline':
      return [
        ['indicator', 'value', 'previous', 'change'],
        ...d.headline.map((h) => [h.key, h.value, h.previous, h.change]),
        // the latest satisfaction survey against the one before it
        ...(d.satisfaction
          ? [
              [
                'satisfactionAverageRating',
                d.satisfaction.averageRating,
                d.satisfaction.previous?.averageRating ?? null,
                d.satisfaction.change.averageRating,
              ],
              [
                'satisfactionNps',
                d.satisfaction.nps,
                d.satisfaction.previous?.nps ?? null,
                d.satisfaction.change.nps,
              ],
              [
                'satisfactionRespondents',
                d.satisfaction.respondents,
                d.satisfaction.previous?.respondents ?? null,
                null,
              ],
            ]
          : []),
      ];
    case 'trend':
      return [
        [
          'from',
          'to',
          'people',
          'active',
          'connectionRate',
          'activeDaysPerActive',
          'interactionRate',
          'tabMinutes',
        ],
        ...d.trend.map((p) => [
          p.from,
          p.to,
          p.people,
          p.active,
          p.connectionRate,
          p.activeDaysPerActive,
          p.interactionRate,
          p.tabMinutes,
        ]),
      ];
    case 'departments':
    case 'sites':
      return [
        [
          table === 'departments' ? 'department' : 'site',
          'people',
          'active',
          'connectionRate',
          'interactionRate',
        ],
        ...d[table].map((b) => [name(b.name), b.people, b.active, b.connectionRate, b.interactionRate]),
      ];
    case 'tours':
      return [
        [
          'tour',
          'step',
          'stepKey',
          'started',
          'completed',
          'completionRate',
          'medianDaysToComplete',
          'reached',
          'stoppedHere',
        ],
        ...d.tours.flatMap((tour) =>
          tour.steps.map((s) => [
            tour.name,
            s.index + 1,
            s.key,
            tour.started,
            tour.completed,
            tour.completionRate,
            tour.medianDaysToComplete,
            s.reached,
            s.stoppedHere,
          ]),
        ),
      ];
    case 'items':
      return [
        [
          'newsId',
          'title',
          'firstSentAt',
          'delivered',
          'read',
          'acknowledged',
          'readRate',
          'acknowledgedRate',
          'medianMinutesToAcknowledge',
        ],
        ...d.items.map((i) => [
          i.newsId,
          i.title,
          i.firstSentAt,
          i.delivered,
          i.read,
          i.acknowledged,
          i.readRate,
          i.acknowledgedRate,
          i.medianMinutesToAcknowledge,
        ]),
      ];
    case 'groups':
      return [
        ['groupId', 'group', 'members', 'guests', 'invited', 'invitationsAccepted', 'chartersAccepted'],
        ...d.groups.map((g) => [
          g.groupId,
          g.name,
          g.members,
          g.guests,
          g.invited,
          g.invitationsAccepted,
          g.chartersAccepted,
        ]),
      ];
  }
}
