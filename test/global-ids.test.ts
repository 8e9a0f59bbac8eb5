/**
 * Global object identification against the emulator over real HTTP: `id` on Client and
 * AccessToken, refetch through `node`/`nodes`, ids stable across gateway copies, null once the
 * object is gone, BAD_USER_INPUT for ids that are not ours, and the tokens:read scope on both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';
import { jwtAuthenticator, newKey, signJwt, startJwksServer, type JwksServer, type TestKey } from './helpers/jwt.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let copy: TestGateway;

function connect(emulated: RunningEmulator, options: Parameters<typeof startTestGateway>[0]['gateway'] = {}) {
  return startTestGateway({
    baseUrl: emulated.url,
    credentials: { apiVersion: 'v3', serviceId: emulated.serviceId, serviceAccessToken: emulated.serviceAccessToken },
    gateway: options,
  });
}

async function run(gateway: TestGateway, query: string, variables?: object, headers?: Record<string, string>) {
  const { status, text } = await gateway.postRaw(JSON.stringify({ query, variables }), headers);
  return { status, ...(JSON.parse(text) as { data?: any; errors?: Array<{ message: string; path?: string[]; extensions: Record<string, unknown> }> }) };
}

beforeAll(async () => {
  emulator = await startEmulator({});
  gw = connect(emulator);
  copy = connect(emulator);
});
afterAll(async () => {
  await gw.close();
  await copy.close();
  await emulator.close();
});

const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Client { clientId clientName } ... on AccessToken { accessTokenHash subject clientId } } }`;

describe('global ids', () => {
  it('a client: its id refetches it through node, and every gateway copy gives the same id', async () => {
    const { data } = await run(gw, '{ client(clientIdentifier: "demo-web") { id clientId clientName } }');
    const { data: again } = await run(copy, '{ client(clientIdentifier: "26888344961664") { id } }');
    expect(again.client.id).toBe(data.client.id);
    const { data: refetched, errors } = await run(gw, NODE, { id: data.client.id });
    expect(errors).toBeUndefined();
    expect(refetched.node).toEqual({ __typename: 'Client', id: data.client.id, clientId: '26888344961664', clientName: data.client.clientName });
  });

  it('a token: its id refetches it; once deleted, node is null', async () => {
    const created = await run(gw, 'mutation { createToken(input: {grantType: PASSWORD, clientIdentifier: "demo-web", subject: "gid-user"}) { action } }');
    expect(created.data.createToken.action).toBe('OK');
    const { data } = await run(gw, '{ tokens(clientIdentifier: "demo-web", subject: "gid-user") { edges { node { id accessTokenHash } } } }');
    const token = data.tokens.edges[0].node;
    const { data: refetched } = await run(copy, NODE, { id: token.id });
    expect(refetched.node).toEqual({ __typename: 'AccessToken', id: token.id, accessTokenHash: token.accessTokenHash, subject: 'gid-user', clientId: '26888344961664' });

    await run(gw, 'mutation($h: String!) { deleteToken(accessTokenIdentifier: $h) { deleted } }', { h: token.accessTokenHash });
    const { data: gone, errors } = await run(gw, NODE, { id: token.id });
    expect(errors).toBeUndefined();
    expect(gone.node).toBeNull();
  });

  it('nodes: several ids in order, null for one that does not exist', async () => {
    const { data } = await run(gw, '{ a: client(clientIdentifier: "demo-web") { id } b: client(clientIdentifier: "living-room-tv") { id } }');
    const missing = Buffer.from('Client:1234567').toString('base64');
    const { data: many, errors } = await run(gw, 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Client { clientIdAlias } } }', {
      ids: [data.b.id, missing, data.a.id],
    });
    expect(errors).toBeUndefined();
    expect(many.nodes).toEqual([{ id: data.b.id, clientIdAlias: 'living-room-tv' }, null, { id: data.a.id, clientIdAlias: 'demo-web' }]);
  });

  it.each([
    ['not base64 of anything', 'not an id!'],
    ['a type that is not a node', Buffer.from('GatewayInfo:1').toString('base64')],
    ['a client key that is not a number', Buffer.from('Client:demo-web').toString('base64')],
    ['a token key that is not ours', Buffer.from('AccessToken:[1,2]').toString('base64')],
    ['a token key with a non-numeric client', Buffer.from('AccessToken:["x",null,"h"]').toString('base64')],
    ['an empty string', ''],
  ])('an id that is %s is BAD_USER_INPUT, with no call to Authlete', async (_name, id) => {
    const calls = () => gw.logs.filter((line) => line.msg === 'authlete call').length;
    const before = calls();
    const { data, errors } = await run(gw, NODE, { id });
    expect(data?.node ?? null).toBeNull();
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(calls()).toBe(before);
  });

  it('nodes refuses more than 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => Buffer.from(`Client:${index + 1}`).toString('base64'));
    const { errors } = await run(gw, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('global ids and scopes', () => {
  let jwks: JwksServer;
  let key: TestKey;
  let secured: TestGateway;

  beforeAll(async () => {
    key = await newKey('gid');
    jwks = await startJwksServer([key]);
    secured = connect(emulator, {
      authenticate: jwtAuthenticator(jwks.url),
    });
  });
  afterAll(async () => {
    await secured.close();
    await jwks.close();
  });

  it('node and nodes need tokens:read, like the types they return', async () => {
    const { data } = await run(gw, '{ client(clientIdentifier: "demo-web") { id } }');
    const withoutRead = { authorization: `Bearer ${await signJwt(key, { scope: 'tokens:create tokens:revoke' })}` };
    for (const query of [NODE, 'query($id: ID!) { nodes(ids: [$id]) { id } }']) {
      const { data: refused, errors } = await run(secured, query, { id: data.client.id }, withoutRead);
      // Both are nullable: the refusal nulls the field alone, never the whole answer.
      expect(refused).toEqual(query === NODE ? { node: null } : { nodes: null });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'tokens:read' });
    }
    const withRead = { authorization: `Bearer ${await signJwt(key, { scope: 'tokens:read' })}` };
    expect((await run(secured, NODE, { id: data.client.id }, withRead)).data.node.clientName).toBeTruthy();
  });
});
