/**
 * Entra ID as a directory source: Graph `users/delta`, the first round with `$select` and the page
 * size, later rounds from the stored deltaLink (only what changed), pages by `@odata.nextLink`.
 * A 403 names the permission to grant; a deltaLink Graph no longer honours (410) starts a full
 * round again; a page that is not JSON is read again once and otherwise ends the run there.
 */
import { DirectoryStop } from './directory-errors.js';
import type { DirectoryReader, SourcePage, SourcePosition } from './directory-source.js';
import { type EntraMapping, entraSelect, mapEntraUser } from './entra-mapping.js';
import { type GraphClient, graphMessage } from './graph-client.js';

export class MalformedPage extends Error {}

export function createEntraReader(
  graph: GraphClient,
  mapping: EntraMapping,
  pageSize: number,
  afterRound?: () => Promise<void>,
): DirectoryReader {
  const first = `/users/delta?$select=${entraSelect(mapping)}`;
  const prefer = { Prefer: `odata.maxpagesize=${pageSize}` };

  async function read(link: string): Promise<SourcePage | 'gone'> {
    let answer = await graph.get(link, prefer);
    if (answer.malformed) answer = await graph.get(link, prefer);
    if (answer.status === 410) return 'gone';
    if (answer.status === 403 || answer.status === 401) {
      throw new DirectoryStop(
        'graph_permission',
        `Graph refused users/delta (${graphMessage(answer)}): grant the application permission User.Read.All (admin consent) to the directory app`,
      );
    }
    if (answer.status !== 200) {
      throw new DirectoryStop('graph_unavailable', `Graph users/delta failed: ${graphMessage(answer)}`);
    }
    const body = answer.body as Record<string, unknown> | undefined;
    const next = body?.['@odata.nextLink'];
    const delta = body?.['@odata.deltaLink'];
    if (
      answer.malformed ||
      !body ||
      !Array.isArray(body.value) ||
      (typeof next !== 'string' && typeof delta !== 'string')
    ) {
      throw new MalformedPage('Graph users/delta returned a page that is not a delta page');
    }
    const position: SourcePosition =
      typeof next === 'string'
        ? { cursor: next, state: 'paging' }
        : { cursor: delta as string, state: 'done' };
    return { items: body.value.map((entry) => mapEntraUser(entry, mapping)), next: position };
  }

  return {
    name: 'entra',
    afterRound,
    key: async () => `entra:${mapping.tenantId}`,
    async readPage(position) {
      const page = await read(position?.cursor ?? first);
      if (page !== 'gone') return page;
      // the stored link expired: read everything again (nobody is deactivated for being absent)
      const again = await read(first);
      if (again === 'gone')
        throw new DirectoryStop('graph_unavailable', 'Graph users/delta answered 410 Gone');
      return again;
    },
  };
}
