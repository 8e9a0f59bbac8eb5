/**
 * README's "Admin queries" and "Incident response" run as written: each of their GraphQL blocks
 * (with the JSON variables block that follows it, if any), in order, against the gateway on an
 * emulator seeded as `npm start` seeds it. Every block must answer without errors, every `action`
 * must be OK, and the writes must have their effect.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { SERVICE_ACCESS_TOKEN, SERVICE_ID, startTestGateway, type TestGateway } from './helpers/gateway.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** A README section's examples: each GraphQL block, with the JSON variables block right after it, if any. */
function examplesOf(heading: string): Array<{ query: string; variables?: unknown }> {
  const start = readme.indexOf(`## ${heading}\n`);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const examples: Array<{ query: string; variables?: unknown }> = [];
  for (const [, kind, text] of section.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)) {
    if (kind === 'graphql') examples.push({ query: text! });
    else examples.at(-1)!.variables = JSON.parse(text!);
  }
  return examples;
}
const adminExamples = examplesOf('Admin queries');
const examples = examplesOf('Incident response');

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

/** Runs examples in order; each must answer without errors, every `action` in it OK. By operation name (or `#n`). */
async function runInOrder(list: Array<{ query: string; variables?: unknown }>): Promise<Record<string, any>> {
  const answers: Record<string, any> = {};
  for (const [index, example] of list.entries()) {
    const { status, text } = await gw.postRaw(JSON.stringify(example));
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
    expect(body.errors, `${example.query.split('\n')[0]}: ${text}`).toBeUndefined();
    expect(status).toBe(200);
    for (const action of actionsOf(body.data)) expect(action, text).toBe('OK');
    answers[example.query.match(/^(?:query|mutation) (\w+)/)?.[1] ?? `#${index}`] = body.data;
  }
  return answers;
}

/** Every `action` in an answer. */
function actionsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(actionsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) => (key === 'action' ? [member] : actionsOf(member)));
}

describe("README's admin examples", () => {
  it('run as written, in order: the writes act on the token they mint', async () => {
    expect(adminExamples.length).toBeGreaterThanOrEqual(6);
    const answers = Object.values(await runInOrder(adminExamples));
    const updated = answers.find((data) => data.updateToken)?.updateToken;
    expect(updated).toMatchObject({ action: 'OK', scopes: ['history.read'], accessTokenExpiresAt: '1893456000000' });
    expect(answers.find((data) => data.deleteToken)?.deleteToken).toMatchObject({ deleted: true, action: 'OK' });
  });
});

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
    const answers = await runInOrder(examples);
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
