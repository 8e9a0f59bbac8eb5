/**
 * README's "Incident response" runs as written: each of its GraphQL blocks (with the JSON
 * variables block that follows it, if any), in order, against the gateway on an emulator seeded
 * as `npm start` seeds it. Every block must answer without errors, every `action` must be OK, and
 * the stories must have their effect.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { SERVICE_ACCESS_TOKEN, SERVICE_ID, startTestGateway, type TestGateway } from './helpers/gateway.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Incident response'), readme.indexOf('\n## ', readme.indexOf('## Incident response') + 1));
const blocks = [...section.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map((match) => ({ kind: match[1]!, text: match[2]! }));
const examples: Array<{ query: string; variables?: unknown }> = [];
for (const block of blocks) {
  if (block.kind === 'graphql') examples.push({ query: block.text });
  else examples.at(-1)!.variables = JSON.parse(block.text);
}

let emulator: RunningEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emulator = await startEmulator({ seedDemoTokens: true, serviceId: SERVICE_ID, serviceAccessToken: SERVICE_ACCESS_TOKEN });
  gw = startTestGateway({ baseUrl: emulator.url, emulated: true, gateway: { clientCacheTtlMs: 60_000 } });
});
afterAll(async () => {
  await gw.close();
  await emulator.close();
});

/** Every `action` in an answer. */
function actionsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(actionsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) => (key === 'action' ? [member] : actionsOf(member)));
}

describe("README's incident-response examples", () => {
  it('has the examples of the three stories', () => {
    expect(examples.map((example) => example.query.match(/^(query|mutation) (\w+)/)?.[2])).toEqual([
      'UserApps',
      'RevokeApp',
      'Contain',
      'Unlock',
      'MintForTheTicket',
      'Ticket',
    ]);
  });

  it('run as written, in order, with the effects the README describes', async () => {
    const answers: Record<string, any> = {};
    for (const example of examples) {
      const { status, text } = await gw.postRaw(JSON.stringify(example));
      const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
      expect(body.errors, `${example.query.split('\n')[0]}: ${text}`).toBeUndefined();
      expect(status).toBe(200);
      for (const action of actionsOf(body.data)) expect(action, text).toBe('OK');
      answers[example.query.match(/^(?:query|mutation) (\w+)/)![1]!] = body.data;
    }
    expect(answers.UserApps.authorizedClients.edges.map((edge: any) => edge.node.clientIdAlias)).toEqual(['demo-web', 'living-room-tv']);
    expect(answers.UserApps.grantedScopes.mergedGrantedScopes.length).toBeGreaterThan(0);
    expect(answers.RevokeApp.revokeClientAuthorization.resultMessage).toMatch(/Deleted 2 access token/);
    expect(answers.Contain.setClientLock.locked).toBe(true);
    expect(answers.Contain.revokeTokens.count).toBeGreaterThan(0);
    expect(answers.Unlock.setClientLock.locked).toBe(false);
    expect(answers.Ticket.introspectToken).toMatchObject({ usable: true, subject: 'kim', client: { clientIdAlias: 'demo-web' } });
    // What the stories did, seen afterwards.
    expect(emulator.store.list({ subject: 'john' }, Date.now()).map((token) => token.clientId)).not.toContain(26888344961664n);
  });
});
