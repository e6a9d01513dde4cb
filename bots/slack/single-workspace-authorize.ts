/**
 * Bolt's authorize for a single workspace (SLACK_BOT_TOKEN): the token plus the bot's own ids
 * (for Bolt's ignoreSelf), learned once with auth.test. Bolt's built-in version calls auth.test
 * while the App is being constructed and leaves a rejected promise unhandled when Slack is not
 * reachable at that moment; this one asks on the first request and asks again after a failure.
 */
import type { Authorize } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';

export function singleWorkspaceAuthorize(client: WebClient, botToken: string): Authorize<boolean> {
  let bot: Promise<{ botUserId?: string; botId?: string }> | undefined;
  return async () => {
    bot ??= client.auth.test({ token: botToken }).then((r) => ({ botUserId: r.user_id, botId: r.bot_id }));
    try {
      return { botToken, ...(await bot) };
    } catch (error) {
      bot = undefined;
      throw error;
    }
  };
}
