/** Who may open the authoring pages: communicators and administrators (an API key acts as one). */
import type { Me } from '../api/api-client.js';

export function canAuthorNews(me: Me): boolean {
  if (me.via === 'api_key') return true;
  return Boolean(me.person?.roles.some((r) => r.role === 'admin' || r.role === 'communicator'));
}
