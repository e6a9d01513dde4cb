/** Slack chat surface (Bolt ExpressReceiver at POST /slack/events). PLACEHOLDER: being built. */
import type { Core } from '../../shared/core.js';
import type { ChatSurface } from '../../shared/http/chat-surface.js';

export async function createSlackSurface(_core: Core): Promise<ChatSurface | undefined> {
  return undefined;
}
