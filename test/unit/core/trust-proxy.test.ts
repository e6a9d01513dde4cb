/**
 * TRUST_PROXY: whose X-Forwarded-Proto and X-Forwarded-For the server believes. By default a proxy
 * on this machine or a private network is believed (a container ingress); with `false` nobody is,
 * so a client cannot claim https; a bad value fails at start naming the variable.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from '../../../shared/config/config.js';

async function seenBy(trustProxy: boolean | number | string): Promise<{ secure: boolean; ip: string }> {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.get('/', (req, res) => {
    res.json({ secure: req.secure, ip: req.ip });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': '203.0.113.9' },
    });
    return (await response.json()) as { secure: boolean; ip: string };
  } finally {
    server.close();
  }
}

describe('TRUST_PROXY', () => {
  it('believes a proxy on this machine or a private network by default', async () => {
    const { trustProxy } = loadConfig({});
    assert.equal(trustProxy, 'loopback, linklocal, uniquelocal');
    assert.deepEqual(await seenBy(trustProxy), { secure: true, ip: '203.0.113.9' });
  });

  it('believes nobody with false: a client cannot claim https or another address', async () => {
    const { trustProxy } = loadConfig({ TRUST_PROXY: 'false' });
    assert.equal(trustProxy, false);
    const seen = await seenBy(trustProxy);
    assert.equal(seen.secure, false);
    assert.notEqual(seen.ip, '203.0.113.9');
  });

  it('takes a hop count or a list of subnets, and refuses anything else naming the variable', () => {
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(
      loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4' }).trustProxy,
      '10.0.0.0/8, 192.168.1.4',
    );
    assert.throws(() => loadConfig({ TRUST_PROXY: 'everyone; drop' }), /TRUST_PROXY/);
  });
});
