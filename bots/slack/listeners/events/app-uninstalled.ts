/**
 * The app left a workspace (`app_uninstalled`) or its bot token was revoked (`tokens_revoked`):
 * the installation and its token are deleted, so nothing tries to use them again.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

type UninstallArgs = (
  | SlackEventMiddlewareArgs<'app_uninstalled'>
  | SlackEventMiddlewareArgs<'tokens_revoked'>
) &
  AllMiddlewareArgs;

export function appUninstalled(deps: SlackDeps) {
  return async ({ event, context }: UninstallArgs) => {
    // a revoked user token leaves the bot working: only bot tokens end the installation
    if (event.type === 'tokens_revoked' && !event.tokens.bot?.length) return;
    const teamId = context.teamId;
    const enterpriseId = context.enterpriseId;
    await deps.installations?.deleteInstallation?.({
      teamId,
      enterpriseId,
      isEnterpriseInstall: Boolean(context.isEnterpriseInstall),
    });
    deps.core.logger.info({ teamId, enterpriseId, reason: event.type }, 'Slack installation removed');
    await deps.core.events.track({
      type: 'app.uninstalled',
      platform: 'slack',
      subjectType: context.isEnterpriseInstall ? 'enterprise' : 'workspace',
      subjectId: context.isEnterpriseInstall ? enterpriseId : teamId,
      data: { reason: event.type },
    });
  };
}
