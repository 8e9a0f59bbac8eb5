/**
 * Newest first: `tokens(last:, before:)` and `clients(last:, before:)` through the gateway on the
 * emulator. Backward pages match an uncached read of the list while tokens are created and deleted
 * between page loads (the cursor's token deleted too, and more deleted than the look-back reaches),
 * and both caches merge them with the kit's documents.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOptions, possibleTypes, typePolicies } from '../client/src/apollo.js';
import { ClientsNewestPageDocument, CreateTokenDocument, DeleteTokenDocument, TokensNewestPageDocument, TokensPageDocument } from '../client/src/graphql/graphql.js';
import { graphcacheOptions } from '../client/src/urql.js';
import { startEmulator, type RunningEmulator } from '../src/emulator/emulator.js';
import { SERVICE_ACCESS_TOKEN, SERVICE_ID, startTestGateway, type TestGateway } from './helpers/gateway.js';

let emulator: RunningEmulator;
let gw: TestGateway;
let url: string;
let now = 1_900_000_000_000;

beforeAll(async () => {
  // A clock the test moves: every token gets its own createdAt, as real ones almost always do.
  emulator = await startEmulator({ serviceId: SERVICE_ID, serviceAccessToken: SERVICE_ACCESS_TOKEN, now: () => now });
  gw = startTestGateway({ baseUrl: emulator.url, emulated: true });
  url = `${await gw.listen()}/graphql`;
});
afterAll(async () => {
  await gw.close();
  await emulator.close();
});

async function mint(subject: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    now += 1000;
    const { body } = await gw.execute(CreateTokenDocument, { input: { grantType: 'PASSWORD', clientIdentifier: 'demo-web', subject, scopes: ['openid'] } });
    expect(body.data?.createToken?.action).toBe('OK');
  }
}

/** The subject's token hashes, oldest first, as the gateway lists them uncached. */
async function listed(subject: string): Promise<string[]> {
  const { body } = await gw.execute(TokensPageDocument, { subject, first: 200 });
  return body.data!.tokens!.edges!.map((edge) => edge!.node!.accessTokenHash!);
}

async function deleteHashes(hashes: string[]): Promise<void> {
  for (const hash of hashes) expect((await gw.execute(DeleteTokenDocument, { accessTokenIdentifier: hash })).body.data?.deleteToken?.deleted).toBe(true);
}

async function backward(subject: string, last: number, before?: string | null) {
  const { body } = await gw.execute(TokensNewestPageDocument, { subject, last, before });
  expect(body.errors).toBeUndefined();
  const tokens = body.data!.tokens!;
  return { hashes: tokens.edges!.map((edge) => edge!.node!.accessTokenHash!), pageInfo: tokens.pageInfo, totalCount: tokens.totalCount };
}

describe('tokens(last:, before:)', () => {
  it('last alone is the newest tokens; before pages back to the oldest, each page the tokens right before the one shown first', async () => {
    await mint('newest', 10);
    const all = await listed('newest');
    const first = await backward('newest', 4);
    expect(first.hashes).toEqual(all.slice(6));
    expect(first.pageInfo.hasPreviousPage).toBe(true);
    const second = await backward('newest', 4, first.pageInfo.startCursor);
    expect(second.hashes).toEqual(all.slice(2, 6));
    const third = await backward('newest', 4, second.pageInfo.startCursor);
    expect(third.hashes).toEqual(all.slice(0, 2));
    expect(third.pageInfo.hasPreviousPage).toBe(false);
  });

  it('tokens created and deleted between page loads: the next page is still the tokens right before the one shown first', async () => {
    await mint('moving', 12);
    const page = await backward('moving', 3);
    const shownFirst = page.hashes[0]!;
    // Between the loads: new tokens at the end, two deleted before the page (one inside the next one).
    await mint('moving', 2);
    const before = await listed('moving');
    const at = before.indexOf(shownFirst);
    await deleteHashes([before[at - 1]!, before[at - 5]!]);
    const now = await listed('moving');
    const next = await backward('moving', 3, page.pageInfo.startCursor);
    const position = now.indexOf(shownFirst);
    expect(next.hashes).toEqual(now.slice(position - 3, position));
  });

  it("the cursor's own token deleted: the page is the tokens created before it", async () => {
    await mint('gone', 8);
    const page = await backward('gone', 2);
    await deleteHashes([page.hashes[0]!]);
    const now = await listed('gone');
    const next = await backward('gone', 2, page.pageInfo.startCursor);
    // The deleted token stood right after the first 6 (it was the 7th of 8).
    expect(next.hashes).toEqual(now.slice(4, 6));
  });

  it('more deleted before the cursor than the look-back reaches: found by bisection, still the right page', async () => {
    await mint('bisect', 30);
    const page = await backward('bisect', 2);
    const before = await listed('bisect');
    const at = before.indexOf(page.hashes[0]!);
    await deleteHashes([page.hashes[0]!, ...before.slice(at - 12, at)]);
    const now = await listed('bisect');
    const next = await backward('bisect', 2, page.pageInfo.startCursor);
    expect(next.hashes).toEqual(now.slice(at - 12 - 2, at - 12));
  });

  it('forward and backward at once, or a cursor of another filter, is BAD_USER_INPUT', async () => {
    const page = await backward('newest', 2);
    for (const variables of [
      { subject: 'newest', first: 2, last: 2 },
      { subject: 'newest', after: page.pageInfo.startCursor, before: page.pageInfo.startCursor },
      { subject: 'other', last: 2, before: page.pageInfo.startCursor },
    ]) {
      const { text } = await gw.postRaw(
        JSON.stringify({ query: 'query($subject: String, $first: Int, $last: Int, $after: String, $before: String) { tokens(subject: $subject, first: $first, last: $last, after: $after, before: $before) { totalCount } }', variables }),
      );
      expect(JSON.parse(text), JSON.stringify(variables)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
});

describe('tokens(first:, after:) when the list shrank below the look-back window', () => {
  it('the next page still starts right after the cursor token (it used to come back empty)', async () => {
    await mint('shrunk', 30);
    const { body } = await gw.execute(TokensPageDocument, { subject: 'shrunk', first: 28 });
    const cursor = body.data!.tokens!.pageInfo.endCursor;
    const before = await listed('shrunk');
    await deleteHashes(before.slice(10, 25));
    const now = await listed('shrunk');
    const next = await gw.execute(TokensPageDocument, { subject: 'shrunk', first: 5, after: cursor });
    const at = now.indexOf(before[27]!);
    expect(next.body.data?.tokens?.edges?.map((edge) => edge?.node?.accessTokenHash)).toEqual(now.slice(at + 1, at + 6));
  });
});

describe('clients(last:, before:)', () => {
  it('the last clients, then the ones before', async () => {
    const first = (await gw.execute(ClientsNewestPageDocument, { last: 2 })).body.data!.clients!;
    expect(first.edges!.map((edge) => edge!.node!.clientIdAlias)).toEqual(['living-room-tv', 'retired-partner']);
    const next = (await gw.execute(ClientsNewestPageDocument, { last: 2, before: first.pageInfo.startCursor })).body.data!.clients!;
    expect(next.edges!.map((edge) => edge!.node!.clientIdAlias)).toEqual(['demo-web', 'reporting-batch']);
    expect(next.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('both caches merge backward pages', () => {
  it('Apollo: two backward pages become one list, oldest first', async () => {
    await mint('apollo-newest', 5);
    const all = await listed('apollo-newest');
    const apollo = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ typePolicies, possibleTypes }), defaultOptions });
    const variables = { subject: 'apollo-newest', last: 2 };
    const list = apollo.watchQuery({ query: TokensNewestPageDocument, variables });
    const subscription = list.subscribe(() => undefined);
    const { data } = await list.refetch();
    await list.fetchMore({ variables: { before: data!.tokens!.pageInfo.startCursor } });
    const merged = apollo.readQuery({ query: TokensNewestPageDocument, variables })!.tokens!;
    expect(merged.edges!.map((edge) => edge!.node!.accessTokenHash)).toEqual(all.slice(1));
    subscription.unsubscribe();
  });

  it('urql: the same with relayPagination', async () => {
    await mint('urql-newest', 5);
    const all = await listed('urql-newest');
    const urql = new UrqlClient({ url, exchanges: [cacheExchange(graphcacheOptions), fetchExchange], preferGetMethod: false });
    const first = await urql.query(TokensNewestPageDocument, { subject: 'urql-newest', last: 2 }).toPromise();
    const merged = await urql.query(TokensNewestPageDocument, { subject: 'urql-newest', last: 2, before: first.data!.tokens!.pageInfo.startCursor }).toPromise();
    expect(merged.data?.tokens?.edges?.map((edge) => edge?.node?.accessTokenHash)).toEqual(all.slice(1));
  });
});
