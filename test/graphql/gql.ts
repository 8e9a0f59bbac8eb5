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
};
const documents: Documents = {
    "\n  mutation CreateToken($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      resultCode\n      resultMessage\n      action\n      accessToken\n      clientId\n      expiresAt\n      expiresIn\n      grantType\n      properties {\n        key\n        value\n        hidden\n      }\n      refreshToken\n      scopes\n      subject\n      tokenType\n      jwtAccessToken\n      authorizationDetails {\n        elements {\n          type\n          locations\n          actions\n          dataTypes\n          identifier\n          privileges\n          otherFields\n        }\n      }\n      forExternalAttachment\n      tokenId\n      refreshTokenScopes\n      clientIdentifier\n      sessionId\n    }\n  }\n": types.CreateTokenDocument,
    "\n  mutation CreateTokenAction($input: CreateTokenInput!) {\n    createToken(input: $input) {\n      action\n      resultCode\n      resultMessage\n    }\n  }\n": types.CreateTokenActionDocument,
    "\n  query GatewayInfo {\n    gatewayInfo {\n      version\n      authleteApiVersion\n      emulated\n    }\n  }\n": types.GatewayInfoDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;