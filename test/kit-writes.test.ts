/**
 * After every token write, what a dashboard shows is what the gateway says, with nothing written by
 * the dashboard (no `update:`, no refetch): the kit's Apollo `defaultOptions` and urql `updates`.
 * Each case subscribes the way a UI does (a paged list merged with fetchMore, a detail pane), writes,
 * then compares what the cache shows with an uncached read of the gateway. And what is cached is
 * read from the cache: a client by alias or id, a token by global id, an infinite list's pages.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOptions, possibleTypes, typePolicies } from '../client/src/apollo.js';
import {
  ClientDocument,
  ClientsPageDocument,
  CreateTokenDocument,
  DeleteTokenDocument,
  NodeDocument,
  RevokeTokensDocument,
  TokensPageDocument,
  UpdateTokenDocument,
} from '../client/src/graphql/graphql.js';
import { graphcacheOptions } from '../client/src/urql.js';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { SERVICE_ACCESS_TOKEN, SERVICE_ID, startTestGateway, type TestGateway } from './helpers/gateway.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let url: string;

beforeAll(async () => {
  emulator = await startEmulator({ serviceId: SERVICE_ID, serviceAccessToken: SERVICE_ACCESS_TOKEN });
  gw = startTestGateway({ baseUrl: emulator.url, emulated: true });
  url = `${await gw.listen()}/graphql`;
});
afterAll(async () => {
  await gw.close();
  await emulator.close();
});

const apolloClient = () => new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ typePolicies, possibleTypes }), defaultOptions });
const urqlClient = () => new UrqlClient({ url, exchanges: [cacheExchange(graphcacheOptions), fetchExchange], preferGetMethod: false });

async function mint(subject: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const { body } = await gw.execute(CreateTokenDocument, { input: { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject, scopes: ['openid', 'history.read'] } });
    expect(body.data?.createToken?.action).toBe('OK');
  }
}

/** What the gateway says, uncached: the subject's tokens (hash → scopes) and their count. */
async function truth(subject: string) {
  const { body } = await gw.execute(TokensPageDocument, { subject, first: 200 });
  const edges = body.data?.tokens?.edges ?? [];
  return { count: body.data?.tokens?.totalCount, tokens: new Map(edges.map((edge) => [edge?.node?.id, edge?.node?.scopes])) };
}

describe('Apollo Client with the kit (defaultOptions, no update: of its own)', () => {
  /** A list of the subject's tokens, three a page, loaded to the end as a UI's "more" button would. */
  async function loadedList(apollo: ApolloClient, subject: string) {
    const variables = { subject, first: 3 };
    const list = apollo.watchQuery({ query: TokensPageDocument, variables });
    const subscription = list.subscribe(() => undefined);
    let { data } = await list.refetch();
    while (data?.tokens?.pageInfo.hasNextPage) ({ data } = await list.fetchMore({ variables: { after: data.tokens.pageInfo.endCursor } }));
    const shown = () => apollo.readQuery({ query: TokensPageDocument, variables })?.tokens;
    return { list, subscription, shown };
  }

  it('updateToken: the list row and a lone detail pane show the new scopes', async () => {
    await mint('apollo-update', 4);
    const apollo = apolloClient();
    const { subscription, shown } = await loadedList(apollo, 'apollo-update');
    const target = shown()!.edges![1]!.node!;
    const detail = apollo.watchQuery({ query: NodeDocument, variables: { id: target.id } });
    const detailSubscription = detail.subscribe(() => undefined);
    await detail.refetch();
    const updated = await apollo.mutate({ mutation: UpdateTokenDocument, variables: { input: { accessTokenHash: target.accessTokenHash, scopes: ['openid'] } } });
    expect(updated.data?.updateToken?.action).toBe('OK');
    const gateway = await truth('apollo-update');
    expect(gateway.tokens.get(target.id)).toEqual(['openid']);
    expect(shown()!.edges!.map((edge) => edge?.node?.scopes)).toEqual([...gateway.tokens.values()]);
    expect(apollo.readQuery({ query: NodeDocument, variables: { id: target.id } })?.node).toMatchObject({ scopes: ['openid'] });
    subscription.unsubscribe();
    detailSubscription.unsubscribe();
  });

  it.each([
    ['deleteToken', (hash: string) => ({ mutation: DeleteTokenDocument, variables: { accessTokenIdentifier: hash } })],
    ['revokeTokens', (hash: string) => ({ mutation: RevokeTokensDocument, variables: { input: { accessTokenIdentifier: hash } } })],
  ] as const)('%s: every loaded page stays, less the token; totalCount is right; its detail pane and a later node query say null', async (name, write) => {
    const subject = `apollo-${name}`;
    await mint(subject, 9);
    const apollo = apolloClient();
    const { subscription, shown } = await loadedList(apollo, subject);
    expect(shown()!.edges).toHaveLength(9);
    const victim = shown()!.edges![4]!.node!;
    await apollo.query({ query: NodeDocument, variables: { id: victim.id } });
    await apollo.mutate(write(victim.accessTokenHash!) as never);
    const gateway = await truth(subject);
    expect(shown()!.edges!.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()]);
    expect(shown()!.edges).toHaveLength(8);
    expect(shown()!.totalCount).toBe(gateway.count);
    expect(apollo.readQuery({ query: NodeDocument, variables: { id: victim.id } })).toBeNull();
    expect((await apollo.query({ query: NodeDocument, variables: { id: victim.id } })).data?.node).toBeNull();
    subscription.unsubscribe();
  });

  it("revokeTokens of a client's user: the user's list keeps its other pages, the client's-user list empties; both match the gateway", async () => {
    const subject = 'apollo-revoke-client';
    await mint(subject, 6);
    for (let index = 0; index < 3; index += 1) {
      await gw.execute(CreateTokenDocument, { input: { grantType: 'DEVICE_CODE', clientIdentifier: 'living-room-tv', subject, scopes: ['history.read'] } });
    }
    const apollo = apolloClient();
    const { subscription, shown } = await loadedList(apollo, subject);
    expect(shown()!.edges).toHaveLength(9);
    const narrow = { clientIdentifier: 'demo-web', subject, first: 10 };
    await apollo.query({ query: TokensPageDocument, variables: narrow });
    const revoked = await apollo.mutate({ mutation: RevokeTokensDocument, variables: { input: { clientIdentifier: 'demo-web', subject } } });
    expect(revoked.data?.revokeTokens?.count).toBe(6);
    const gateway = await truth(subject);
    expect(shown()!.edges!.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()]);
    expect(shown()!.totalCount).toBe(3);
    expect(apollo.readQuery({ query: TokensPageDocument, variables: narrow })?.tokens).toMatchObject({ totalCount: 0, edges: [] });
    subscription.unsubscribe();
  });

  it('createToken: totalCount is right at once, and the next page brings the new token (oldest first)', async () => {
    await mint('apollo-create', 4);
    const apollo = apolloClient();
    const { list, subscription, shown } = await loadedList(apollo, 'apollo-create');
    expect(shown()!.pageInfo.hasNextPage).toBe(false);
    await apollo.mutate({ mutation: CreateTokenDocument, variables: { input: { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'apollo-create', scopes: ['openid'] } } });
    const gateway = await truth('apollo-create');
    expect(shown()!.totalCount).toBe(gateway.count);
    expect(shown()!.pageInfo.hasNextPage).toBe(true);
    await list.fetchMore({ variables: { after: shown()!.pageInfo.endCursor } });
    expect(shown()!.edges!.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()]);
    subscription.unsubscribe();
  });
});

describe('urql with Graphcache and the kit', () => {
  it('updateToken: a lone detail pane shows the new scopes from the cache', async () => {
    await mint('urql-update', 2);
    const { tokens } = await truth('urql-update');
    const [id] = [...tokens.keys()];
    const urql = urqlClient();
    const detail = await urql.query(NodeDocument, { id: id! }).toPromise();
    const hash = (detail.data?.node as { accessTokenHash?: string }).accessTokenHash!;
    await urql.mutation(UpdateTokenDocument, { input: { accessTokenHash: hash, scopes: ['history.read'] } }).toPromise();
    const again = await urql.query(NodeDocument, { id: id! }).toPromise();
    expect(again.operation.context.meta?.cacheOutcome).toBe('hit');
    expect(again.data?.node).toMatchObject({ scopes: ['history.read'] });
    expect((await truth('urql-update')).tokens.get(id)).toEqual(['history.read']);
  });

  it.each([
    ['deleteToken', (hash: string) => [DeleteTokenDocument, { accessTokenIdentifier: hash }]],
    ['revokeTokens', (hash: string) => [RevokeTokensDocument, { input: { accessTokenIdentifier: hash } }]],
  ] as const)('%s: the list comes back right, and the detail pane and a later node query are not served from the cache', async (name, write) => {
    const subject = `urql-${name}`;
    await mint(subject, 3);
    const urql = urqlClient();
    const list = await urql.query(TokensPageDocument, { subject }).toPromise();
    const victim = list.data!.tokens!.edges![1]!.node!;
    await urql.query(NodeDocument, { id: victim.id }).toPromise();
    const [document, variables] = write(victim.accessTokenHash!);
    await urql.mutation(document as never, variables as never).toPromise();
    const detail = await urql.query(NodeDocument, { id: victim.id }).toPromise();
    expect(detail.operation.context.meta?.cacheOutcome).not.toBe('hit');
    expect(detail.data?.node).toBeNull();
    const after = await urql.query(TokensPageDocument, { subject }).toPromise();
    const gateway = await truth(subject);
    expect(after.data?.tokens?.totalCount).toBe(gateway.count);
    expect(after.data?.tokens?.edges?.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()]);
  });

  it('createToken: the list and its totalCount come back right', async () => {
    await mint('urql-create', 2);
    const urql = urqlClient();
    await urql.query(TokensPageDocument, { subject: 'urql-create' }).toPromise();
    await urql.mutation(CreateTokenDocument, { input: { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject: 'urql-create', scopes: ['openid'] } }).toPromise();
    const after = await urql.query(TokensPageDocument, { subject: 'urql-create' }).toPromise();
    const gateway = await truth('urql-create');
    expect(after.data?.tokens?.totalCount).toBe(gateway.count);
    expect(after.data?.tokens?.edges?.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()]);
  });
});

describe('no extra round trips', () => {
  /** Apollo over a fetch that counts the requests it sends. */
  function countingApollo() {
    const sent = { count: 0 };
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: url, fetch: (input, init) => ((sent.count += 1), fetch(input, init)) }),
      cache: new InMemoryCache({ typePolicies, possibleTypes }),
      defaultOptions,
    });
    return { apollo, sent };
  }

  it('Apollo: a client (by alias or id) and a token already listed are read from the cache', async () => {
    await mint('redirects', 2);
    const { apollo, sent } = countingApollo();
    await apollo.query({ query: ClientsPageDocument, variables: { first: 10 } });
    const page = await apollo.query({ query: TokensPageDocument, variables: { subject: 'redirects' } });
    const before = sent.count;
    expect((await apollo.query({ query: ClientDocument, variables: { clientIdentifier: 'demo-web' } })).data?.client?.clientIdAlias).toBe('demo-web');
    expect((await apollo.query({ query: ClientDocument, variables: { clientIdentifier: '26888344961664' } })).data?.client?.clientIdAlias).toBe('demo-web');
    const token = page.data!.tokens!.edges![0]!.node!;
    expect((await apollo.query({ query: NodeDocument, variables: { id: token.id } })).data?.node).toMatchObject({ id: token.id });
    expect(sent.count).toBe(before);
    // Not cached: to the gateway.
    await expect(apollo.query({ query: ClientDocument, variables: { clientIdentifier: 'nobody-here' } })).rejects.toThrow(/not found/);
    expect(sent.count).toBe(before + 1);
  });

  it('urql: the same from the cache, and an infinite list grows with each page (relayPagination)', async () => {
    await mint('urql-pages', 5);
    const urql = urqlClient();
    await urql.query(ClientsPageDocument, { first: 10 }).toPromise();
    const client = await urql.query(ClientDocument, { clientIdentifier: 'living-room-tv' }).toPromise();
    expect(client.operation.context.meta?.cacheOutcome).toBe('hit');
    expect(client.data?.client?.clientIdAlias).toBe('living-room-tv');
    const first = await urql.query(TokensPageDocument, { subject: 'urql-pages', first: 2 }).toPromise();
    const token = first.data!.tokens!.edges![0]!.node!;
    const node = await urql.query(NodeDocument, { id: token.id }).toPromise();
    expect(node.operation.context.meta?.cacheOutcome).toBe('hit');
    const second = await urql.query(TokensPageDocument, { subject: 'urql-pages', first: 2, after: first.data!.tokens!.pageInfo.endCursor }).toPromise();
    const gateway = await truth('urql-pages');
    expect(second.data?.tokens?.edges?.map((edge) => edge?.node?.id)).toEqual([...gateway.tokens.keys()].slice(0, 4));
  });
});
