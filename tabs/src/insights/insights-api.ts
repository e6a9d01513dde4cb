/**
 * The dashboard's calls to the insights REST API (/api/v1/insights…), typed by the server's OpenAPI
 * document. The server enforces who sees what (communicators: their scope) and hides small groups.
 */
import { type ApiClient, answerOf, asCsv } from '../api/api-client.js';
import type { ResponseOf } from '../api/api-types.js';
import type { paths } from '../api/relais-api.js';

export type Dashboard = ResponseOf<'/insights', 'get'>;
export type Satisfaction = NonNullable<Dashboard['satisfaction']>;
export type InsightsQuery = NonNullable<paths['/insights']['get']['parameters']['query']>;
export type InsightsTable = paths['/insights/tables/{table}']['get']['parameters']['path']['table'];
export type Bar = Dashboard['departments'][number];
export type HeadlineKey = Dashboard['headline'][number]['key'];

export const periods = ['day', 'week', 'month'] as const;
export const platforms = ['teams', 'slack', 'tab'] as const;
export const kinds = ['member', 'guest'] as const;
/** how the server names the segment that gathers the small ones */
export const OTHER = '__other__';

export function createInsightsApi({ http }: ApiClient) {
  return {
    dashboard: (query: InsightsQuery, signal?: AbortSignal) =>
      answerOf(http.GET('/insights', { params: { query }, signal })),
    /** one table as CSV text, the same filters as the page */
    csv: async (table: InsightsTable, query: InsightsQuery): Promise<string> =>
      (await answerOf(
        http.GET('/insights/tables/{table}', { params: { path: { table }, query }, ...asCsv }),
      )) as unknown as string,
  };
}

export type InsightsApi = ReturnType<typeof createInsightsApi>;

/** Saves text as a file, as the browser's download would (the API needs the bearer, so no plain link). */
export function downloadCsv(text: string, filename: string): void {
  // reading the answer as text drops the server's BOM; spreadsheets need it to read UTF-8
  const withBom = text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
  const url = URL.createObjectURL(new Blob([withBom], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
