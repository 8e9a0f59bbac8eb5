/**
 * The client kit with the real clients dashboards use, against the gateway on the emulator over
 * HTTP: Apollo Client 4 with InMemoryCache and the kit's typePolicies (no cache warning, fetchMore
 * pages through every token exactly once, a token and a client refetched by id), and urql with
 * Graphcache and the kit's options (a delete refreshes the cached list and its count).
 */
import { fileURLToPath } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { evictTokens, possibleTypes, typePolicies } from '../client/src/apollo.js';
import {
  ClientDocument,
  ClientsPageDocument,
  CreateTokenDocument,
  DeleteTokenDocument,
  GatewayInfoDocument,
  NodeDocument,
  TokensPageDocument,
} from '../client/src/index.js';
import { toBigInt, toDate } from '../client/src/scalars.js';
import { graphcacheOptions } from '../client/src/urql.js';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { loadTrustedDocumentsManifest } from '../src/security/trusted-documents.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let url: string;
let warnings: MockInstance[];

beforeAll(async () => {
  emulator = await startEmulator({});
  gw = startTestGateway({
    baseUrl: emulator.url,
    emulated: true,
    credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
  });
  url = `${await gw.listen()}/graphql`;
});
afterAll(async () => {
  await gw.close();
  await emulator.close();
});
beforeEach(() => {
  warnings = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
});
afterEach(() => {
  for (const spy of warnings) spy.mockRestore();
});

/** Mints `count` tokens for one subject through the gateway itself. */
async function mint(subject: string, count: number): Promise<void> {
  const apollo = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ typePolicies, possibleTypes }) });
  for (let index = 0; index < count; index += 1) {
    const { data } = await apollo.mutate({
      mutation: CreateTokenDocument,
      variables: { input: { grantType: 'AUTHORIZATION_CODE', clientIdentifier: 'demo-web', subject, scopes: ['openid'] } },
    });
    expect(data?.createToken?.action).toBe('OK');
  }
}

describe('Apollo Client with the kit', () => {
  it('runs the dashboard queries with no cache warning, and fetchMore pages through every token exactly once', async () => {
    await mint('apollo-user', 7);
    const apollo = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ typePolicies, possibleTypes }) });

    const clients = await apollo.query({ query: ClientsPageDocument, variables: { first: 10 } });
    expect(clients.data?.clients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toContain('demo-web');
    const client = await apollo.query({ query: ClientDocument, variables: { clientIdentifier: 'demo-web' } });
    expect(client.data?.client?.clientName).toBeTruthy();
    expect((await apollo.query({ query: GatewayInfoDocument })).data?.gatewayInfo?.emulated).toBe(true);

    const variables = { clientIdentifier: 'demo-web', subject: 'apollo-user', first: 3 };
    const watched = apollo.watchQuery({ query: TokensPageDocument, variables });
    const subscription = watched.subscribe(() => undefined);
    try {
      await watched.refetch();
      // The merged list, as the cache holds it for these filters (what the watching UI renders).
      const merged = () => apollo.readQuery({ query: TokensPageDocument, variables })?.tokens;
      let pages = 1;
      while (merged()?.pageInfo.hasNextPage) {
        await watched.fetchMore({ variables: { after: merged()!.pageInfo.endCursor } });
        pages += 1;
        expect(pages).toBeLessThanOrEqual(3);
      }
      const edges = merged()?.edges ?? [];
      const hashes = edges.map((edge) => edge?.node?.accessTokenHash);
      expect(hashes).toHaveLength(7);
      expect(new Set(hashes).size).toBe(7);
      expect(merged()?.totalCount).toBe(7);

      // The same token through another query with other fields: one normalised object.
      const token = edges[0]!.node!;
      const refetched = await apollo.query({ query: NodeDocument, variables: { id: token.id } });
      expect(refetched.data?.node).toMatchObject({ __typename: 'AccessToken', id: token.id, accessTokenHash: token.accessTokenHash });
      expect(toBigInt(token.client!.clientId!)).toBe(26888344961664n);
      expect(toDate(token.createdAt!).getTime()).toBeGreaterThan(0);

      // A delete, then the kit's eviction: the list comes back without the token.
      await apollo.mutate({
        mutation: DeleteTokenDocument,
        variables: { accessTokenIdentifier: token.accessTokenHash! },
        update: (cache) => evictTokens(cache, token.id),
      });
      const after = await apollo.query({ query: TokensPageDocument, variables });
      expect(after.data?.tokens?.totalCount).toBe(6);
      expect(after.data?.tokens?.edges?.map((edge) => edge?.node?.id)).not.toContain(token.id);
    } finally {
      subscription.unsubscribe();
    }
    for (const spy of warnings) expect(spy).not.toHaveBeenCalled();
  });
});

describe('urql with Graphcache and the kit', () => {
  it('a delete refreshes the cached token list and its count', async () => {
    await mint('urql-user', 3);
    const urql = new UrqlClient({ url, exchanges: [cacheExchange(graphcacheOptions), fetchExchange], preferGetMethod: false });
    const variables = { clientIdentifier: 'demo-web', subject: 'urql-user', first: 10 };
    const first = await urql.query(TokensPageDocument, variables).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data?.tokens?.totalCount).toBe(3);
    const victim = first.data!.tokens!.edges![0]!.node!;

    // Served from the cache while nothing changed.
    const cached = await urql.query(TokensPageDocument, variables).toPromise();
    expect(cached.operation.context.meta?.cacheOutcome).toBe('hit');

    const deleted = await urql.mutation(DeleteTokenDocument, { accessTokenIdentifier: victim.accessTokenHash! }).toPromise();
    expect(deleted.data?.deleteToken?.deleted).toBe(true);
    const fresh = await urql.query(TokensPageDocument, variables).toPromise();
    expect(fresh.data?.tokens?.totalCount).toBe(2);
    expect(fresh.data?.tokens?.edges?.map((edge) => edge?.node?.id)).not.toContain(victim.id);
    for (const spy of warnings) expect(spy).not.toHaveBeenCalled();
  });
});

describe('urql refetches by global id', () => {
  it('a token and a client through node(id:), with no Graphcache warning (the kit gives it the schema)', async () => {
    await mint('urql-refetch', 1);
    const urql = new UrqlClient({ url, exchanges: [cacheExchange(graphcacheOptions), fetchExchange], preferGetMethod: false });
    const page = await urql.query(TokensPageDocument, { subject: 'urql-refetch' }).toPromise();
    const token = page.data!.tokens!.edges![0]!.node!;
    const refetched = await urql.query(NodeDocument, { id: token.id }).toPromise();
    expect(refetched.data?.node).toMatchObject({ __typename: 'AccessToken', id: token.id, accessTokenHash: token.accessTokenHash });
    const client = await urql.query(NodeDocument, { id: token.client!.id }).toPromise();
    expect(client.data?.node).toMatchObject({ __typename: 'Client', clientIdAlias: 'demo-web' });
    // Served from the cache the second time, fragments on Node matched without a heuristic.
    expect((await urql.query(NodeDocument, { id: token.id }).toPromise()).operation.context.meta?.cacheOutcome).toBe('hit');
    for (const spy of warnings) expect(spy).not.toHaveBeenCalled();
  });
});

describe('trusted documents with the real clients', () => {
  let trusted: TestGateway;
  let trustedUrl: string;

  beforeAll(async () => {
    const manifest = loadTrustedDocumentsManifest(fileURLToPath(new URL('../client/src/graphql/persisted-documents.json', import.meta.url)));
    trusted = startTestGateway({
      baseUrl: emulator.url,
      credentials: { apiVersion: 'v3', serviceId: emulator.serviceId, serviceAccessToken: emulator.serviceAccessToken },
      gateway: { trustedDocuments: { manifest, only: true } },
    });
    trustedUrl = `${await trusted.listen()}/graphql`;
  });
  afterAll(async () => {
    await trusted.close();
  });

  /** The kit's documents carry their manifest hash. */
  const hashOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

  it("Apollo's persisted query link sends only the kit document's hash, and the gateway runs it", async () => {
    const link = createPersistedQueryLink({ generateHash: hashOf }).concat(new HttpLink({ uri: trustedUrl }));
    const apollo = new ApolloClient({ link, cache: new InMemoryCache({ typePolicies, possibleTypes }) });
    const { data } = await apollo.query({ query: ClientsPageDocument, variables: { first: 2 } });
    expect(data?.clients?.totalCount).toBe(4);
    const minted = await apollo.mutate({
      mutation: CreateTokenDocument,
      variables: { input: { grantType: 'CLIENT_CREDENTIALS', clientIdentifier: 'reporting-batch', scopes: ['reports.read'] } },
    });
    expect(minted.data?.createToken?.action).toBe('OK');
    for (const spy of warnings) expect(spy).not.toHaveBeenCalled();
  });

  it("urql's persisted exchange, over GET with the CSRF header for queries, runs the kit's documents", async () => {
    const urql = new UrqlClient({
      url: trustedUrl,
      exchanges: [
        cacheExchange(graphcacheOptions),
        persistedExchange({ generateHash: async (_query, document) => hashOf(document), enforcePersistedQueries: true, enableForMutation: true }),
        fetchExchange,
      ],
      fetchOptions: { headers: { 'x-graphql-csrf': '1' } },
    });
    const result = await urql.query(GatewayInfoDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.gatewayInfo?.emulated).toBe(false);
    const page = await urql.query(TokensPageDocument, { first: 1 }).toPromise();
    expect(page.error).toBeUndefined();
    expect(page.data?.tokens?.totalCount).toBeGreaterThan(0);
  });
});
