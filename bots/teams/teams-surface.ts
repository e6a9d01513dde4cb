/** Teams chat surface (botbuilder CloudAdapter at POST /api/messages). PLACEHOLDER: being built. */
import { Router } from 'express';
import type { Core } from '../../shared/core.js';
import type { ChatSurface } from '../../shared/http/chat-surface.js';

export function createTeamsSurface(_core: Core): ChatSurface {
  return { name: 'teams', router: Router(), describe: () => 'Teams: not built yet' };
}
