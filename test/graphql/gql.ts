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
    "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      clientId\n      expiresAt\n      expiresIn\n      grantType\n      properties {\n        key\n        value\n        hidden\n      }\n      refreshToken\n      scopes\n      subject\n      tokenType\n      jwtAccessToken\n      authorizationDetails {\n        elements {\n          type\n          locations\n          actions\n          dataTypes\n          identifier\n          privileges\n          otherFields\n        }\n      }\n      forExternalAttachment\n      tokenId\n      refreshTokenScopes\n      clientIdentifier\n      sessionId\n    }\n  }\n": typeof types.CreateTokenDocument,
    "\n  mutation CreateTokenAction($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": typeof types.CreateTokenActionDocument,
    "\n  query GatewayInfo {\n    gatewayInfo {\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n": typeof types.GatewayInfoDocument,
    "\n  query Tokens($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          accessTokenHash\n          refreshTokenHash\n          accessTokenExpiresAt\n          refreshTokenExpiresAt\n          createdAt\n          lastRefreshedAt\n          clientId\n          subject\n          grantType\n          scopes\n          properties {\n            key\n            value\n            hidden\n          }\n          refreshTokenScopes\n        }\n      }\n    }\n  }\n": typeof types.TokensDocument,
    "\n  query TokensWithClients($first: Int, $clientIdentifier: String!) {\n    tokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          accessTokenHash\n          client {\n            clientId\n            clientName\n          }\n        }\n      }\n    }\n    again: tokens(first: $first) {\n      edges {\n        node {\n          client {\n            clientIdAlias\n          }\n        }\n      }\n    }\n    client(clientIdentifier: $clientIdentifier) {\n      clientName\n    }\n  }\n": typeof types.TokensWithClientsDocument,
    "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      clientId\n      clientIdAlias\n      clientName\n      description\n      clientType\n      applicationType\n      grantTypes\n      responseTypes\n      redirectUris\n      tokenAuthMethod\n      developer\n      logoUri\n      clientUri\n      createdAt\n      modifiedAt\n      locked\n      dynamicallyRegistered\n    }\n  }\n": typeof types.ClientDocument,
    "\n  mutation TwoCreatesWithClient($input: CreateTokenInput!) {\n    first: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n    second: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n  }\n": typeof types.TwoCreatesWithClientDocument,
    "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n      properties {\n        key\n        value\n        hidden\n      }\n      scopes\n      authorizationDetails {\n        elements {\n          type\n          actions\n        }\n      }\n      tokenType\n      forExternalAttachment\n      tokenId\n    }\n  }\n": typeof types.UpdateTokenDocument,
    "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      resultCode\n      resultMessage\n      action\n      count\n    }\n  }\n": typeof types.RevokeTokensDocument,
    "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": typeof types.DeleteTokenDocument,
};
const documents: Documents = {
    "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      clientId\n      expiresAt\n      expiresIn\n      grantType\n      properties {\n        key\n        value\n        hidden\n      }\n      refreshToken\n      scopes\n      subject\n      tokenType\n      jwtAccessToken\n      authorizationDetails {\n        elements {\n          type\n          locations\n          actions\n          dataTypes\n          identifier\n          privileges\n          otherFields\n        }\n      }\n      forExternalAttachment\n      tokenId\n      refreshTokenScopes\n      clientIdentifier\n      sessionId\n    }\n  }\n": types.CreateTokenDocument,
    "\n  mutation CreateTokenAction($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": types.CreateTokenActionDocument,
    "\n  query GatewayInfo {\n    gatewayInfo {\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n": types.GatewayInfoDocument,
    "\n  query Tokens($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          accessTokenHash\n          refreshTokenHash\n          accessTokenExpiresAt\n          refreshTokenExpiresAt\n          createdAt\n          lastRefreshedAt\n          clientId\n          subject\n          grantType\n          scopes\n          properties {\n            key\n            value\n            hidden\n          }\n          refreshTokenScopes\n        }\n      }\n    }\n  }\n": types.TokensDocument,
    "\n  query TokensWithClients($first: Int, $clientIdentifier: String!) {\n    tokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          accessTokenHash\n          client {\n            clientId\n            clientName\n          }\n        }\n      }\n    }\n    again: tokens(first: $first) {\n      edges {\n        node {\n          client {\n            clientIdAlias\n          }\n        }\n      }\n    }\n    client(clientIdentifier: $clientIdentifier) {\n      clientName\n    }\n  }\n": types.TokensWithClientsDocument,
    "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      clientId\n      clientIdAlias\n      clientName\n      description\n      clientType\n      applicationType\n      grantTypes\n      responseTypes\n      redirectUris\n      tokenAuthMethod\n      developer\n      logoUri\n      clientUri\n      createdAt\n      modifiedAt\n      locked\n      dynamicallyRegistered\n    }\n  }\n": types.ClientDocument,
    "\n  mutation TwoCreatesWithClient($input: CreateTokenInput!) {\n    first: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n    second: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n  }\n": types.TwoCreatesWithClientDocument,
    "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n      properties {\n        key\n        value\n        hidden\n      }\n      scopes\n      authorizationDetails {\n        elements {\n          type\n          actions\n        }\n      }\n      tokenType\n      forExternalAttachment\n      tokenId\n    }\n  }\n": types.UpdateTokenDocument,
    "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      resultCode\n      resultMessage\n      action\n      count\n    }\n  }\n": types.RevokeTokensDocument,
    "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": types.DeleteTokenDocument,
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
export function graphql(source: "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      clientId\n      expiresAt\n      expiresIn\n      grantType\n      properties {\n        key\n        value\n        hidden\n      }\n      refreshToken\n      scopes\n      subject\n      tokenType\n      jwtAccessToken\n      authorizationDetails {\n        elements {\n          type\n          locations\n          actions\n          dataTypes\n          identifier\n          privileges\n          otherFields\n        }\n      }\n      forExternalAttachment\n      tokenId\n      refreshTokenScopes\n      clientIdentifier\n      sessionId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      clientId\n      expiresAt\n      expiresIn\n      grantType\n      properties {\n        key\n        value\n        hidden\n      }\n      refreshToken\n      scopes\n      subject\n      tokenType\n      jwtAccessToken\n      authorizationDetails {\n        elements {\n          type\n          locations\n          actions\n          dataTypes\n          identifier\n          privileges\n          otherFields\n        }\n      }\n      forExternalAttachment\n      tokenId\n      refreshTokenScopes\n      clientIdentifier\n      sessionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTokenAction($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTokenAction($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayInfo {\n    gatewayInfo {\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n"): (typeof documents)["\n  query GatewayInfo {\n    gatewayInfo {\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tokens($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          accessTokenHash\n          refreshTokenHash\n          accessTokenExpiresAt\n          refreshTokenExpiresAt\n          createdAt\n          lastRefreshedAt\n          clientId\n          subject\n          grantType\n          scopes\n          properties {\n            key\n            value\n            hidden\n          }\n          refreshTokenScopes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tokens($clientIdentifier: String, $subject: String, $first: Int, $after: String) {\n    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          accessTokenHash\n          refreshTokenHash\n          accessTokenExpiresAt\n          refreshTokenExpiresAt\n          createdAt\n          lastRefreshedAt\n          clientId\n          subject\n          grantType\n          scopes\n          properties {\n            key\n            value\n            hidden\n          }\n          refreshTokenScopes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokensWithClients($first: Int, $clientIdentifier: String!) {\n    tokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          accessTokenHash\n          client {\n            clientId\n            clientName\n          }\n        }\n      }\n    }\n    again: tokens(first: $first) {\n      edges {\n        node {\n          client {\n            clientIdAlias\n          }\n        }\n      }\n    }\n    client(clientIdentifier: $clientIdentifier) {\n      clientName\n    }\n  }\n"): (typeof documents)["\n  query TokensWithClients($first: Int, $clientIdentifier: String!) {\n    tokens(first: $first) {\n      totalCount\n      edges {\n        node {\n          accessTokenHash\n          client {\n            clientId\n            clientName\n          }\n        }\n      }\n    }\n    again: tokens(first: $first) {\n      edges {\n        node {\n          client {\n            clientIdAlias\n          }\n        }\n      }\n    }\n    client(clientIdentifier: $clientIdentifier) {\n      clientName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      clientId\n      clientIdAlias\n      clientName\n      description\n      clientType\n      applicationType\n      grantTypes\n      responseTypes\n      redirectUris\n      tokenAuthMethod\n      developer\n      logoUri\n      clientUri\n      createdAt\n      modifiedAt\n      locked\n      dynamicallyRegistered\n    }\n  }\n"): (typeof documents)["\n  query Client($clientIdentifier: String!) {\n    client(clientIdentifier: $clientIdentifier) {\n      clientId\n      clientIdAlias\n      clientName\n      description\n      clientType\n      applicationType\n      grantTypes\n      responseTypes\n      redirectUris\n      tokenAuthMethod\n      developer\n      logoUri\n      clientUri\n      createdAt\n      modifiedAt\n      locked\n      dynamicallyRegistered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoCreatesWithClient($input: CreateTokenInput!) {\n    first: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n    second: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoCreatesWithClient($input: CreateTokenInput!) {\n    first: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n    second: createToken(input: $input) {\n      action\n      client {\n        clientName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n      properties {\n        key\n        value\n        hidden\n      }\n      scopes\n      authorizationDetails {\n        elements {\n          type\n          actions\n        }\n      }\n      tokenType\n      forExternalAttachment\n      tokenId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateToken($input: UpdateTokenInput!) {\n    updateToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      accessTokenExpiresAt\n      refreshTokenExpiresAt\n      properties {\n        key\n        value\n        hidden\n      }\n      scopes\n      authorizationDetails {\n        elements {\n          type\n          actions\n        }\n      }\n      tokenType\n      forExternalAttachment\n      tokenId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      resultCode\n      resultMessage\n      action\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTokens($input: RevokeTokensInput!) {\n    revokeTokens(input: $input) {\n      resultCode\n      resultMessage\n      action\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteToken($accessTokenIdentifier: String!) {\n    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {\n      deleted\n      accessTokenIdentifier\n      action\n      resultCode\n      resultMessage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;