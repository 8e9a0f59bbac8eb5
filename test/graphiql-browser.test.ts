/**
 * GraphiQL in a real headless Chromium (Debian's chromium, driven by playwright-core): the page
 * loads with no CDN, runs the ready-made createToken against the emulator, and the new token
 * appears in the result pane. Screenshot: test/artifacts/graphiql.png.
 *
 * CI installs chromium (.ci/run) and this test must run there; on a machine without
 * /usr/bin/chromium and outside CI it is skipped, saying so.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { hashToken } from '../src/emulator/token-store.js';
import { GRAPHIQL_DEFAULT_QUERY, graphiqlHeaders } from '../src/examples.js';
import { createLogger } from '../src/logger.js';
import { createGateway } from '../src/server.js';
import { AuthleteClient } from '../src/upstream/authlete-client.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = process.env.CI === 'true';
if (!available && !required) console.warn(`graphiql-browser: ${CHROMIUM} not found, skipping (CI installs it; apt-get install chromium)`);

describe.skipIf(!available && !required)('GraphiQL in a real browser', () => {
  let emulator: RunningEmulator;
  let authlete: AuthleteClient;
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    emulator = await startEmulator();
    const logger = createLogger('silent');
    authlete = new AuthleteClient(
      { baseUrl: emulator.url, credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken }, timeoutMs: 5000 },
      logger,
    );
    server = createServer(
      createGateway({ authlete, logger, emulated: true, graphiqlDefaultQuery: GRAPHIQL_DEFAULT_QUERY, graphiqlHeaders: graphiqlHeaders(false) }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await authlete?.close();
    await emulator?.close();
  });

  it('runs the ready-made createToken and shows the new token', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(url);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    // The header editor carries the Bearer hint.
    await expect.poll(() => page.locator('.graphiql-editor-tool').textContent()).toContain('Authorization');

    await page.getByText('createToken(').first().click();
    await page.keyboard.press('Control+Enter');
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 20_000 }).toMatch(/"accessToken":\s*"[\w-]{43}"/);
    const text = (await response.textContent()) ?? '';
    expect(text).toMatch(/"action":\s*"OK"/);

    // The token shown is one the emulator really issued.
    const token = text.match(/"accessToken":\s*"([\w-]{43})"/)![1]!;
    expect(emulator.store.all().some((stored) => stored.accessTokenHash === hashToken(token))).toBe(true);
    expect(failedRequests).toEqual([]);

    const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}graphiql.png` });
    await page.close();
  }, 60_000);
});
