import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

// No Docker engine or Bicep compiler runs here: these checks keep the deployment files consistent
// with each other and with the server's contracts (paths, port, variables).
const read = (file: string) => readFile(new URL(`../../../infra/${file}`, import.meta.url), 'utf8');

describe('deployment files', () => {
  it('the Azure parameters example names only declared parameters and every required one', async () => {
    const bicep = await read('azure/main.bicep');
    const declared = new Map<string, boolean>();
    for (const m of bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)) declared.set(m[1], m[2] === undefined);
    const example = JSON.parse(await read('azure/main.parameters.example.json')) as {
      parameters: Record<string, unknown>;
    };
    for (const name of Object.keys(example.parameters))
      assert.ok(declared.has(name), `unknown parameter ${name}`);
    for (const [name, required] of declared) {
      if (required)
        assert.ok(name in example.parameters, `required parameter ${name} missing from the example`);
    }
  });

  it('every Bicep secret parameter is @secure() and no output carries one', async () => {
    const bicep = await read('azure/main.bicep');
    for (const name of ['postgresAdminPassword', 'botAppPassword', 'slackSigningSecret', 'slackBotToken']) {
      assert.match(bicep, new RegExp(`@secure\\(\\)\\n(@\\w+\\(.*\\)\\n)*param ${name} string`), name);
    }
    for (const output of bicep.match(/^output .*$/gm) ?? []) {
      assert.doesNotMatch(output, /Password|Secret|Token|listKeys|databaseUrl|redisUrl/i, output);
    }
    assert.match(bicep, /msaAppType: 'SingleTenant'/);
    assert.match(bicep, /endpoint: '\$\{publicUrl\}\/api\/messages'/);
  });

  it('the image, the compose stack and the load balancer agree on port and health path', async () => {
    const dockerfile = await read('Dockerfile');
    const compose = await read('compose.yaml');
    const nginx = await read('nginx.conf');
    assert.match(dockerfile, /^FROM node:\$\{NODE_VERSION\}-slim AS build$/m);
    assert.match(dockerfile, /^ARG NODE_VERSION=20$/m);
    assert.match(dockerfile, /^USER node$/m);
    assert.match(dockerfile, /HEALTHCHECK[\s\S]*\/healthz/);
    assert.match(dockerfile, /PORT=3978/);
    assert.match(dockerfile, /^CMD \["node", "--import=.*tsx.*", "main\.ts"\]$/m);
    const upstreams = [...nginx.matchAll(/server (relais-\d):3978/g)].map((m) => m[1]);
    assert.deepEqual(upstreams, ['relais-1', 'relais-2']);
    for (const service of upstreams) assert.match(compose, new RegExp(`^  ${service}: \\*relais$`, 'm'));
    assert.match(compose, /PORT: "3978"/);
    assert.match(compose, /--maxmemory-policy", "noeviction"/);
  });
});
