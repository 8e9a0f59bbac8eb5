/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment TokenFields on AccessToken {\n    id\n    accessTokenHash\n    subject\n    grantType\n    scopes\n    createdAt\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    client {\n      __typename\n      id\n      clientId\n      clientIdAlias\n      clientName\n    }\n  }\n": typeof types.TokenFieldsFragmentDoc,
    "\n  fragment ClientFields on Client {\n    id\n    clientId\n    clientIdAlias\n    clientName\n    clientType\n    applicationType\n    developer\n    grantTypes\n    redirectUris\n    tokenAuthMethod\n    createdAt\n    locked\n  }\n": typeof types.ClientFieldsFragmentDoc,
    "\n  query TokensPage($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasNextPage\n        endCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n": typeof types.TokensPageDocument,
    "\n  query TokensNewestPage($clientIdentifier: String, $subject: String, $last: Int, $before: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, last: $last, before: $before) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n": typeof types.TokensNewestPageDocument,
    "\n  fragment ClientPageFields on ClientConnection {\n    __typename\n    totalCount\n    pageInfo {\n      __typename\n      hasNextPage\n      endCursor\n      hasPreviousPage\n      startCursor\n    }\n    edges {\n      __typename\n      cursor\n      node {\n        __typename\n        ...ClientFields\n      }\n    }\n  }\n": typeof types.ClientPageFieldsFragmentDoc,
    "\n  query ClientsNewestPage($developer: String, $last: Int, $before: String) {\n    clients(developer: $developer, last: $last, before: $before) {\n      ...ClientPageFields\n    }\n  }\n": typeof types.ClientsNewestPageDocument,
    "\n  query ClientsPage($developer: String, $first: Int, $after: String) {\n    clients(developer: $developer, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n": typeof types.ClientsPageDocument,
    "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      __typename\n      ...ClientFields\n    }\n  }\n": typeof types.ClientDocument,
    "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on AccessToken {\n      ...TokenFields\n    }\n    ... on Client {\n      ...ClientFields\n    }\n  }\n": typeof types.NodeFieldsFragmentDoc,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n": typeof types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeFields\n    }\n  }\n": typeof types.NodesDocument,
    "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      accessToken\n      refreshToken\n      tokenType\n      clientId\n      subject\n      scopes\n      expiresAt\n      expiresIn\n    }\n  }\n": typeof types.CreateTokenDocument,
    "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      scopes\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n    }\n  }\n": typeof types.UpdateTokenDocument,
    "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      __typename\n      action\n      count\n      resultCode\n      resultMessage\n    }\n  }\n": typeof types.RevokeTokensDocument,
    "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      __typename\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n    }\n  }\n": typeof types.DeleteTokenDocument,
    "\n  query GatewayInfo {\n    gatewayInfo {\n      __typename\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n": typeof types.GatewayInfoDocument,
    "\n  query AuthorizedClients($subject: String!, $first: Int, $after: String) {\n    authorizedClients(subject: $subject, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n": typeof types.AuthorizedClientsDocument,
    "\n  query GrantedScopes($clientId: Int64!, $subject: String!) {\n    grantedScopes(clientId: $clientId, subject: $subject) {\n      __typename\n      clientId\n      subject\n      latestGrantedScopes\n      mergedGrantedScopes\n      modifiedAt\n    }\n  }\n": typeof types.GrantedScopesDocument,
    "\n  mutation RevokeClientAuthorization($input: RevokeClientAuthorizationInput!) {\n    revokeClientAuthorization(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": typeof types.RevokeClientAuthorizationDocument,
    "\n  mutation DeleteGrantedScopes($input: DeleteGrantedScopesInput!) {\n    deleteGrantedScopes(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": typeof types.DeleteGrantedScopesDocument,
    "\n  mutation SetClientLock($input: SetClientLockInput!) {\n    setClientLock(input: $input) {\n      __typename\n      ...ClientFields\n    }\n  }\n": typeof types.SetClientLockDocument,
    "\n  query IntrospectToken($token: String!, $scopes: [String!], $subject: String) {\n    introspectToken(token: $token, scopes: $scopes, subject: $subject) {\n      __typename\n      action\n      resultCode\n      existent\n      usable\n      sufficient\n      refreshable\n      clientId\n      subject\n      scopes\n      expiresAt\n      grantType\n      client {\n        __typename\n        id\n        clientId\n        clientIdAlias\n        clientName\n        locked\n      }\n    }\n  }\n": typeof types.IntrospectTokenDocument,
};
const documents: Documents = {
    "\n  fragment TokenFields on AccessToken {\n    id\n    accessTokenHash\n    subject\n    grantType\n    scopes\n    createdAt\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    client {\n      __typename\n      id\n      clientId\n      clientIdAlias\n      clientName\n    }\n  }\n": types.TokenFieldsFragmentDoc,
    "\n  fragment ClientFields on Client {\n    id\n    clientId\n    clientIdAlias\n    clientName\n    clientType\n    applicationType\n    developer\n    grantTypes\n    redirectUris\n    tokenAuthMethod\n    createdAt\n    locked\n  }\n": types.ClientFieldsFragmentDoc,
    "\n  query TokensPage($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasNextPage\n        endCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n": types.TokensPageDocument,
    "\n  query TokensNewestPage($clientIdentifier: String, $subject: String, $last: Int, $before: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, last: $last, before: $before) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n": types.TokensNewestPageDocument,
    "\n  fragment ClientPageFields on ClientConnection {\n    __typename\n    totalCount\n    pageInfo {\n      __typename\n      hasNextPage\n      endCursor\n      hasPreviousPage\n      startCursor\n    }\n    edges {\n      __typename\n      cursor\n      node {\n        __typename\n        ...ClientFields\n      }\n    }\n  }\n": types.ClientPageFieldsFragmentDoc,
    "\n  query ClientsNewestPage($developer: String, $last: Int, $before: String) {\n    clients(developer: $developer, last: $last, before: $before) {\n      ...ClientPageFields\n    }\n  }\n": types.ClientsNewestPageDocument,
    "\n  query ClientsPage($developer: String, $first: Int, $after: String) {\n    clients(developer: $developer, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n": types.ClientsPageDocument,
    "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      __typename\n      ...ClientFields\n    }\n  }\n": types.ClientDocument,
    "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on AccessToken {\n      ...TokenFields\n    }\n    ... on Client {\n      ...ClientFields\n    }\n  }\n": types.NodeFieldsFragmentDoc,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n": types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeFields\n    }\n  }\n": types.NodesDocument,
    "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      accessToken\n      refreshToken\n      tokenType\n      clientId\n      subject\n      scopes\n      expiresAt\n      expiresIn\n    }\n  }\n": types.CreateTokenDocument,
    "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      scopes\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n    }\n  }\n": types.UpdateTokenDocument,
    "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      __typename\n      action\n      count\n      resultCode\n      resultMessage\n    }\n  }\n": types.RevokeTokensDocument,
    "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      __typename\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n    }\n  }\n": types.DeleteTokenDocument,
    "\n  query GatewayInfo {\n    gatewayInfo {\n      __typename\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n": types.GatewayInfoDocument,
    "\n  query AuthorizedClients($subject: String!, $first: Int, $after: String) {\n    authorizedClients(subject: $subject, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n": types.AuthorizedClientsDocument,
    "\n  query GrantedScopes($clientId: Int64!, $subject: String!) {\n    grantedScopes(clientId: $clientId, subject: $subject) {\n      __typename\n      clientId\n      subject\n      latestGrantedScopes\n      mergedGrantedScopes\n      modifiedAt\n    }\n  }\n": types.GrantedScopesDocument,
    "\n  mutation RevokeClientAuthorization($input: RevokeClientAuthorizationInput!) {\n    revokeClientAuthorization(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": types.RevokeClientAuthorizationDocument,
    "\n  mutation DeleteGrantedScopes($input: DeleteGrantedScopesInput!) {\n    deleteGrantedScopes(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": types.DeleteGrantedScopesDocument,
    "\n  mutation SetClientLock($input: SetClientLockInput!) {\n    setClientLock(input: $input) {\n      __typename\n      ...ClientFields\n    }\n  }\n": types.SetClientLockDocument,
    "\n  query IntrospectToken($token: String!, $scopes: [String!], $subject: String) {\n    introspectToken(token: $token, scopes: $scopes, subject: $subject) {\n      __typename\n      action\n      resultCode\n      existent\n      usable\n      sufficient\n      refreshable\n      clientId\n      subject\n      scopes\n      expiresAt\n      grantType\n      client {\n        __typename\n        id\n        clientId\n        clientIdAlias\n        clientName\n        locked\n      }\n    }\n  }\n": types.IntrospectTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenFields on AccessToken {\n    id\n    accessTokenHash\n    subject\n    grantType\n    scopes\n    createdAt\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    client {\n      __typename\n      id\n      clientId\n      clientIdAlias\n      clientName\n    }\n  }\n"): (typeof documents)["\n  fragment TokenFields on AccessToken {\n    id\n    accessTokenHash\n    subject\n    grantType\n    scopes\n    createdAt\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    client {\n      __typename\n      id\n      clientId\n      clientIdAlias\n      clientName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientFields on Client {\n    id\n    clientId\n    clientIdAlias\n    clientName\n    clientType\n    applicationType\n    developer\n    grantTypes\n    redirectUris\n    tokenAuthMethod\n    createdAt\n    locked\n  }\n"): (typeof documents)["\n  fragment ClientFields on Client {\n    id\n    clientId\n    clientIdAlias\n    clientName\n    clientType\n    applicationType\n    developer\n    grantTypes\n    redirectUris\n    tokenAuthMethod\n    createdAt\n    locked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensPage($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasNextPage\n        endCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokensPage($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasNextPage\n        endCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensNewestPage($clientIdentifier: String, $subject: String, $last: Int, $before: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, last: $last, before: $before) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokensNewestPage($clientIdentifier: String, $subject: String, $last: Int, $before: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, last: $last, before: $before) {\n      __typename\n      totalCount\n      pageInfo {\n        __typename\n        hasPreviousPage\n        startCursor\n      }\n      edges {\n        __typename\n        cursor\n        node {\n          __typename\n          ...TokenFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientPageFields on ClientConnection {\n    __typename\n    totalCount\n    pageInfo {\n      __typename\n      hasNextPage\n      endCursor\n      hasPreviousPage\n      startCursor\n    }\n    edges {\n      __typename\n      cursor\n      node {\n        __typename\n        ...ClientFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientPageFields on ClientConnection {\n    __typename\n    totalCount\n    pageInfo {\n      __typename\n      hasNextPage\n      endCursor\n      hasPreviousPage\n      startCursor\n    }\n    edges {\n      __typename\n      cursor\n      node {\n        __typename\n        ...ClientFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsNewestPage($developer: String, $last: Int, $before: String) {\n    clients(developer: $developer, last: $last, before: $before) {\n      ...ClientPageFields\n    }\n  }\n"): (typeof documents)["\n  query ClientsNewestPage($developer: String, $last: Int, $before: String) {\n    clients(developer: $developer, last: $last, before: $before) {\n      ...ClientPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsPage($developer: String, $first: Int, $after: String) {\n    clients(developer: $developer, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n"): (typeof documents)["\n  query ClientsPage($developer: String, $first: Int, $after: String) {\n    clients(developer: $developer, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      __typename\n      ...ClientFields\n    }\n  }\n"): (typeof documents)["\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      __typename\n      ...ClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on AccessToken {\n      ...TokenFields\n    }\n    ... on Client {\n      ...ClientFields\n    }\n  }\n"): (typeof documents)["\n  fragment NodeFields on Node {\n    __typename\n    id\n    ... on AccessToken {\n      ...TokenFields\n    }\n    ... on Client {\n      ...ClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeFields\n    }\n  }\n"): (typeof documents)["\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      accessToken\n      refreshToken\n      tokenType\n      clientId\n      subject\n      scopes\n      expiresAt\n      expiresIn\n    }\n  }\n"): (typeof documents)["\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      accessToken\n      refreshToken\n      tokenType\n      clientId\n      subject\n      scopes\n      expiresAt\n      expiresIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      scopes\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      __typename\n      action\n      resultCode\n      resultMessage\n      scopes\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      __typename\n      action\n      count\n      resultCode\n      resultMessage\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      __typename\n      action\n      count\n      resultCode\n      resultMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      __typename\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      __typename\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayInfo {\n    gatewayInfo {\n      __typename\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n"): (typeof documents)["\n  query GatewayInfo {\n    gatewayInfo {\n      __typename\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizedClients($subject: String!, $first: Int, $after: String) {\n    authorizedClients(subject: $subject, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n"): (typeof documents)["\n  query AuthorizedClients($subject: String!, $first: Int, $after: String) {\n    authorizedClients(subject: $subject, first: $first, after: $after) {\n      ...ClientPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantedScopes($clientId: Int64!, $subject: String!) {\n    grantedScopes(clientId: $clientId, subject: $subject) {\n      __typename\n      clientId\n      subject\n      latestGrantedScopes\n      mergedGrantedScopes\n      modifiedAt\n    }\n  }\n"): (typeof documents)["\n  query GrantedScopes($clientId: Int64!, $subject: String!) {\n    grantedScopes(clientId: $clientId, subject: $subject) {\n      __typename\n      clientId\n      subject\n      latestGrantedScopes\n      mergedGrantedScopes\n      modifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeClientAuthorization($input: RevokeClientAuthorizationInput!) {\n    revokeClientAuthorization(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeClientAuthorization($input: RevokeClientAuthorizationInput!) {\n    revokeClientAuthorization(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGrantedScopes($input: DeleteGrantedScopesInput!) {\n    deleteGrantedScopes(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGrantedScopes($input: DeleteGrantedScopesInput!) {\n    deleteGrantedScopes(input: $input) {\n      __typename\n      clientId\n      subject\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientLock($input: SetClientLockInput!) {\n    setClientLock(input: $input) {\n      __typename\n      ...ClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientLock($input: SetClientLockInput!) {\n    setClientLock(input: $input) {\n      __typename\n      ...ClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntrospectToken($token: String!, $scopes: [String!], $subject: String) {\n    introspectToken(token: $token, scopes: $scopes, subject: $subject) {\n      __typename\n      action\n      resultCode\n      existent\n      usable\n      sufficient\n      refreshable\n      clientId\n      subject\n      scopes\n      expiresAt\n      grantType\n      client {\n        __typename\n        id\n        clientId\n        clientIdAlias\n        clientName\n        locked\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntrospectToken($token: String!, $scopes: [String!], $subject: String) {\n    introspectToken(token: $token, scopes: $scopes, subject: $subject) {\n      __typename\n      action\n      resultCode\n      existent\n      usable\n      sufficient\n      refreshable\n      clientId\n      subject\n      scopes\n      expiresAt\n      grantType\n      client {\n        __typename\n        id\n        clientId\n        clientIdAlias\n        clientName\n        locked\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;