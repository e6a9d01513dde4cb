/**
 * Slack installations (one per workspace, or per Enterprise Grid org for org-wide installs)
 * kept in the shared kv, so every instance behind the load balancer sees the same tokens.
 * Implements @slack/oauth's InstallationStore: Bolt's authorize and token rotation use it.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type Keyv from 'keyv';
import { AppError } from '../../shared/errors/errors.js';

const KEY_PREFIX = 'slack:installation:';

/** Org-wide installs are keyed by enterprise id, workspace installs by team id. */
export function installationKey(query: InstallationQuery<boolean>): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `${KEY_PREFIX}enterprise:${query.enterpriseId}`;
  if (query.teamId) return `${KEY_PREFIX}team:${query.teamId}`;
  throw new AppError('bad_request', 'a Slack installation query needs a team id or an enterprise id');
}

export function createKvInstallationStore(kv: Keyv): InstallationStore {
  return {
    async storeInstallation(installation) {
      const query: InstallationQuery<boolean> = installation.isEnterpriseInstall
        ? { isEnterpriseInstall: true, enterpriseId: installation.enterprise?.id, teamId: undefined }
        : {
            isEnterpriseInstall: false,
            teamId: installation.team?.id,
            enterpriseId: installation.enterprise?.id,
          };
      await kv.set(installationKey(query), installation);
    },
    async fetchInstallation(query) {
      const installation = (await kv.get(installationKey(query))) as Installation | undefined;
      // Bolt's authorize expects a throw for an unknown workspace (it then ignores the request)
      if (!installation)
        throw new AppError('not_found', `no Slack installation for ${installationKey(query)}`);
      return installation;
    },
    async deleteInstallation(query) {
      await kv.delete(installationKey(query));
    },
  };
}
