/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http`, run against the gateway over real
 * HTTP: every MUST passes.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './helpers/fake-upstream.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

let fake: FakeUpstream;
let gw: TestGateway;
let url = '';

beforeAll(async () => {
  fake = await startFakeUpstream();
  gw = startTestGateway({ baseUrl: fake.url });
  url = `${await gw.listen()}/graphql`;
});
afterAll(async () => {
  await gw.close();
  await fake.close();
});

const audits = serverAudits({ url: () => url, fetchFn: fetch });
const mustAudits = audits.filter((audit) => audit.name.startsWith('MUST'));

describe('graphql-http server audits', () => {
  it('has MUST audits to run', () => {
    expect(mustAudits.length).toBeGreaterThan(10);
  });

  it.each(mustAudits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it('made no upstream call', () => {
    expect(fake.requests).toHaveLength(0);
  });
});
