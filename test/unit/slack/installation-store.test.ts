/** Slack installations on keyv: workspace installs by team, org-wide installs by enterprise. */
import assert from 'node:assert/strict';
import type { Installation } from '@slack/oauth';
import Keyv from 'keyv';
import { createKvInstallationStore, installationKey } from '../../../bots/slack/installation-store.js';

const workspaceInstall = {
  team: { id: 'T1', name: 'One' },
  enterprise: undefined,
  isEnterpriseInstall: false,
  bot: { token: 'xoxb-1', userId: 'UB', id: 'B', scopes: ['chat:write'] },
  user: { id: 'U1', token: undefined, scopes: undefined },
} as Installation;

const orgInstall = {
  team: undefined,
  enterprise: { id: 'E1', name: 'Grid' },
  isEnterpriseInstall: true,
  bot: { token: 'xoxb-org', userId: 'UB', id: 'B', scopes: ['chat:write'] },
  user: { id: 'U1', token: undefined, scopes: undefined },
} as Installation;

describe('Slack installation store', () => {
  it('stores, fetches and deletes a workspace install by team id', async () => {
    const store = createKvInstallationStore(new Keyv());
    await store.storeInstallation(workspaceInstall);
    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false };
    assert.equal((await store.fetchInstallation(query)).bot?.token, 'xoxb-1');
    await store.deleteInstallation?.(query);
    await assert.rejects(store.fetchInstallation(query), /no Slack installation/);
  });

  it('keys an org-wide install by enterprise id, whatever the team', async () => {
    const store = createKvInstallationStore(new Keyv());
    await store.storeInstallation(orgInstall);
    const fetched = await store.fetchInstallation({
      teamId: 'T9',
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
    });
    assert.equal(fetched.bot?.token, 'xoxb-org');
    assert.equal(
      installationKey({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false }),
      'slack:installation:team:T9',
    );
  });

  it('throws for an unknown workspace, as Bolt’s authorize expects', async () => {
    const store = createKvInstallationStore(new Keyv());
    await assert.rejects(
      store.fetchInstallation({ teamId: 'T404', enterpriseId: undefined, isEnterpriseInstall: false }),
    );
  });
});
