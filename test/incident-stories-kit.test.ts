/**
 * README's three incident-response stories, as a dashboard runs them: the gateway as it ships
 * (`node dist/main.js` on its embedded emulator, client cache on), Apollo Client and urql with the
 * kit's documents and cache configuration, and no cache code of the dashboard's own. After each
 * write, what the caches show is what the gateway says, with no manual refetch.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { incidentUpdates, possibleTypes, typePolicies } from '../client/src/apollo.js';
import {
  AuthorizedClientsDocument,
  ClientDocument,
  ClientsPageDocument,
  CreateTokenDocument,
  DeleteGrantedScopesDocument,
  GrantedScopesDocument,
  IntrospectTokenDocument,
  NodeDocument,
  RevokeClientAuthorizationDocument,
  SetClientLockDocument,
  TokensPageDocument,
} from '../client/src/graphql/graphql.js';
import { graphcacheOptions } from '../client/src/urql.js';
import { killGatewayProcesses, spawnGateway, type GatewayProcess } from './helpers/process.js';

const DEMO_WEB = '26888344961664';
let gateway: GatewayProcess;
let url: string;

beforeAll(async () => {
  gateway = spawnGateway({ CLIENT_CACHE_TTL_SECONDS: '60' });
  url = `${await gateway.listening}/graphql`;
});
afterAll(async () => {
  await gateway.stop();
  killGatewayProcesses();
});

const apolloClient = () => new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ typePolicies, possibleTypes }) });
const urqlClient = () => new UrqlClient({ url, exchanges: [cacheExchange(graphcacheOptions), fetchExchange], preferGetMethod: false });

/** Two web tokens and a TV token for the user; the first web token's value. */
async function mintFor(subject: string): Promise<string> {
  const apollo = apolloClient();
  const values: string[] = [];
  for (const input of [
    { grantType: 'AUTHORIZATION_CODE' as const, clientIdentifier: 'demo-web', subject, scopes: ['openid'] },
    { grantType: 'AUTHORIZATION_CODE' as const, clientIdentifier: 'demo-web', subject, scopes: ['history.read'] },
    { grantType: 'DEVICE_CODE' as const, clientIdentifier: 'living-room-tv', subject, scopes: ['history.read'] },
  ]) {
    const { data } = await apollo.mutate({ mutation: CreateTokenDocument, variables: { input } });
    expect(data?.createToken?.action).toBe('OK');
    values.push(data!.createToken!.accessToken!);
  }
  return values[0]!;
}

describe('Apollo Client with the kit', () => {
  it("a stolen laptop: the user's apps, then one app revoked: its tokens leave every cached view", async () => {
    const subject = 'apollo-laptop';
    const webToken = await mintFor(subject);
    const apollo = apolloClient();
    const apps = await apollo.query({ query: AuthorizedClientsDocument, variables: { subject } });
    expect(apps.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['demo-web', 'living-room-tv']);
    const list = await apollo.query({ query: TokensPageDocument, variables: { subject } });
    expect(list.data?.tokens?.totalCount).toBe(3);
    const webRow = list.data!.tokens!.edges!.find((edge) => edge?.node?.client?.clientIdAlias === 'demo-web')!.node!;
    await apollo.query({ query: NodeDocument, variables: { id: webRow.id } }); // the detail pane

    const revoked = await apollo.mutate({
      mutation: RevokeClientAuthorizationDocument,
      variables: { input: { clientId: DEMO_WEB, subject } },
      update: incidentUpdates.revokeClientAuthorization,
    });
    expect(revoked.data?.revokeClientAuthorization?.action).toBe('OK');
    // Nothing of the revoked app is left to be read from the cache...
    expect(apollo.readQuery({ query: NodeDocument, variables: { id: webRow.id } })).toBeNull();
    expect(apollo.readQuery({ query: TokensPageDocument, variables: { subject } })).toBeNull();
    expect(apollo.readQuery({ query: AuthorizedClientsDocument, variables: { subject } })).toBeNull();
    // ...and the next reads say what the gateway says.
    const after = await apollo.query({ query: TokensPageDocument, variables: { subject } });
    expect(after.data?.tokens?.edges?.map((edge) => edge?.node?.client?.clientIdAlias)).toEqual(['living-room-tv']);
    expect((await apollo.query({ query: NodeDocument, variables: { id: webRow.id } })).data?.node).toBeNull();
    const appsAfter = await apollo.query({ query: AuthorizedClientsDocument, variables: { subject } });
    expect(appsAfter.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['living-room-tv']);
    expect((await apollo.query({ query: IntrospectTokenDocument, variables: { token: webToken } })).data?.introspectToken?.existent).toBe(false);

    // The grant too: the user is asked again next time.
    expect((await apollo.query({ query: GrantedScopesDocument, variables: { clientId: DEMO_WEB, subject } })).data?.grantedScopes).not.toBeNull();
    await apollo.mutate({
      mutation: DeleteGrantedScopesDocument,
      variables: { input: { clientId: DEMO_WEB, subject } },
      update: incidentUpdates.deleteGrantedScopes,
    });
    expect((await apollo.query({ query: GrantedScopesDocument, variables: { clientId: DEMO_WEB, subject } })).data?.grantedScopes).toBeNull();
  });

  it('a leaked secret: locking a client shows it locked in the cached list and detail at once', async () => {
    const apollo = apolloClient();
    await apollo.query({ query: ClientsPageDocument, variables: { first: 10 } });
    await apollo.query({ query: ClientDocument, variables: { clientIdentifier: 'living-room-tv' } });
    const locked = await apollo.mutate({ mutation: SetClientLockDocument, variables: { input: { clientIdentifier: 'living-room-tv', locked: true } } });
    expect(locked.data?.setClientLock?.locked).toBe(true);
    const cachedList = apollo.readQuery({ query: ClientsPageDocument, variables: { first: 10 } });
    expect(cachedList?.clients?.edges?.find((edge) => edge?.node?.clientIdAlias === 'living-room-tv')?.node?.locked).toBe(true);
    expect(apollo.readQuery({ query: ClientDocument, variables: { clientIdentifier: 'living-room-tv' } })?.client?.locked).toBe(true);
    // A fresh dashboard (another cache) gets the same from the gateway's own cache.
    expect((await apolloClient().query({ query: ClientDocument, variables: { clientIdentifier: 'living-room-tv' } })).data?.client?.locked).toBe(true);
    const minted = await apollo.mutate({
      mutation: CreateTokenDocument,
      variables: { input: { grantType: 'DEVICE_CODE', clientIdentifier: 'living-room-tv', subject: 'x' } },
    });
    expect(minted.data?.createToken?.action).toBe('FORBIDDEN');
    await apollo.mutate({ mutation: SetClientLockDocument, variables: { input: { clientIdentifier: 'living-room-tv', locked: false } } });
    expect(apollo.readQuery({ query: ClientDocument, variables: { clientIdentifier: 'living-room-tv' } })?.client?.locked).toBe(false);
  });

  it('a pasted token: live, whose, which scopes, until when', async () => {
    const token = await mintFor('apollo-support');
    const { data } = await apolloClient().query({ query: IntrospectTokenDocument, variables: { token, scopes: ['openid'] } });
    expect(data?.introspectToken).toMatchObject({ action: 'OK', usable: true, subject: 'apollo-support', scopes: ['openid'], client: { clientIdAlias: 'demo-web' } });
    expect(gateway.output().stdout).not.toContain(token);
  });
});

describe('urql with Graphcache and the kit', () => {
  it("a stolen laptop: revoking one app drops its tokens from the cached list and a cached detail pane", async () => {
    const subject = 'urql-laptop';
    await mintFor(subject);
    const urql = urqlClient();
    const list = await urql.query(TokensPageDocument, { subject }).toPromise();
    const webRow = list.data!.tokens!.edges!.find((edge) => edge?.node?.client?.clientIdAlias === 'demo-web')!.node!;
    await urql.query(NodeDocument, { id: webRow.id }).toPromise();
    expect((await urql.query(NodeDocument, { id: webRow.id }).toPromise()).operation.context.meta?.cacheOutcome).toBe('hit');
    await urql.query(AuthorizedClientsDocument, { subject }).toPromise();

    const revoked = await urql.mutation(RevokeClientAuthorizationDocument, { input: { clientId: DEMO_WEB, subject } }).toPromise();
    expect(revoked.data?.revokeClientAuthorization?.action).toBe('OK');
    const detail = await urql.query(NodeDocument, { id: webRow.id }).toPromise();
    expect(detail.operation.context.meta?.cacheOutcome).not.toBe('hit');
    expect(detail.data?.node).toBeNull();
    const after = await urql.query(TokensPageDocument, { subject }).toPromise();
    expect(after.data?.tokens?.edges?.map((edge) => edge?.node?.client?.clientIdAlias)).toEqual(['living-room-tv']);
    const apps = await urql.query(AuthorizedClientsDocument, { subject }).toPromise();
    expect(apps.data?.authorizedClients?.edges?.map((edge) => edge?.node?.clientIdAlias)).toEqual(['living-room-tv']);

    await urql.query(GrantedScopesDocument, { clientId: DEMO_WEB, subject }).toPromise();
    await urql.mutation(DeleteGrantedScopesDocument, { input: { clientId: DEMO_WEB, subject } }).toPromise();
    expect((await urql.query(GrantedScopesDocument, { clientId: DEMO_WEB, subject }).toPromise()).data?.grantedScopes).toBeNull();
  });

  it('a leaked secret: the cached client shows locked right after setClientLock, from the cache', async () => {
    const urql = urqlClient();
    await urql.query(ClientDocument, { clientIdentifier: 'living-room-tv' }).toPromise();
    await urql.mutation(SetClientLockDocument, { input: { clientIdentifier: 'living-room-tv', locked: true } }).toPromise();
    const cached = await urql.query(ClientDocument, { clientIdentifier: 'living-room-tv' }).toPromise();
    expect(cached.operation.context.meta?.cacheOutcome).toBe('hit');
    expect(cached.data?.client?.locked).toBe(true);
    await urql.mutation(SetClientLockDocument, { input: { clientIdentifier: 'living-room-tv', locked: false } }).toPromise();
    expect((await urql.query(ClientDocument, { clientIdentifier: 'living-room-tv' }).toPromise()).data?.client?.locked).toBe(false);
  });

  it('a pasted token, over POST', async () => {
    const token = await mintFor('urql-support');
    const seen = await urqlClient().query(IntrospectTokenDocument, { token }).toPromise();
    expect(seen.error).toBeUndefined();
    expect(seen.data?.introspectToken).toMatchObject({ action: 'OK', existent: true, subject: 'urql-support' });
  });
});
