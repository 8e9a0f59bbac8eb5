/**
 * The schema is the product's face: the committed schema.graphql matches the code, and every type,
 * field, argument and enum value is described and named by GraphQL conventions.
 */
import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

const ownTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));
const BUILT_IN_SCALARS = new Set(['String', 'Boolean', 'Int', 'Float', 'ID']);

function describedParts(type: GraphQLNamedType): Array<[string, string | null | undefined]> {
  const parts: Array<[string, string | null | undefined]> = [[type.name, type.description]];
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      parts.push([`${type.name}.${field.name}`, field.description]);
      for (const arg of field.args) parts.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
    }
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) parts.push([`${type.name}.${field.name}`, field.description]);
  }
  if (isEnumType(type)) {
    for (const value of type.getValues()) parts.push([`${type.name}.${value.name}`, value.description]);
  }
  return parts;
}

describe('schema', () => {
  it('schema.graphql is up to date (run `npm run codegen`)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed.trim()).toBe(printSchema(lexicographicSortSchema(schema)).trim());
  });

  it('describes every type, field, argument and enum value', () => {
    const undescribed = ownTypes
      .filter((type) => !BUILT_IN_SCALARS.has(type.name))
      .flatMap(describedParts)
      .filter(([, description]) => !description?.trim())
      .map(([name]) => name);
    expect(undescribed).toEqual([]);
  });

  it('follows GraphQL naming conventions', () => {
    const misnamed: string[] = [];
    for (const type of ownTypes) {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(type.name)) misnamed.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!/^[a-z][A-Za-z0-9]*$/.test(field.name)) misnamed.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!/^[A-Z][A-Z0-9_]*$/.test(value.name)) misnamed.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(misnamed).toEqual([]);
  });

  it('keeps the contract names other clients rely on', () => {
    const mutation = schema.getMutationType()!.getFields();
    // Nullable on purpose: one failing field must not null a sibling that minted a token.
    expect(String(mutation.createToken?.type)).toBe('TokenCreateResponse');
    expect(String(mutation.createToken?.args[0]?.type)).toBe('CreateTokenInput!');
    const action = schema.getType('TokenCreateResponseAction');
    expect(isEnumType(action) && action.getValues().map((value) => value.name)).toEqual([
      'INTERNAL_SERVER_ERROR',
      'BAD_REQUEST',
      'FORBIDDEN',
      'OK',
      'UNKNOWN',
    ]);
    const response = schema.getType('TokenCreateResponse');
    expect(isObjectType(response) && Object.keys(response.getFields())).toEqual(
      'resultCode resultMessage action accessToken clientId expiresAt expiresIn grantType properties refreshToken scopes subject tokenType jwtAccessToken authorizationDetails forExternalAttachment tokenId refreshTokenScopes clientIdentifier sessionId client'.split(' '),
    );
    const input = schema.getType('CreateTokenInput');
    expect(isInputObjectType(input) && Object.keys(input.getFields())).toEqual(
      'grantType clientId clientIdentifier subject scopes accessTokenDuration refreshTokenDuration properties clientIdAliasUsed clientEntityIdUsed metadataDocumentUsed accessToken refreshToken accessTokenPersistent certificateThumbprint dpopKeyThumbprint authorizationDetails resources forExternalAttachment jwtAtClaims acr authTime sessionId'.split(' '),
    );
    const grantType = schema.getType('GrantType');
    expect(isEnumType(grantType) && grantType.getValues().map((value) => value.name)).toEqual(
      'AUTHORIZATION_CODE IMPLICIT PASSWORD CLIENT_CREDENTIALS REFRESH_TOKEN CIBA DEVICE_CODE TOKEN_EXCHANGE JWT_BEARER PRE_AUTHORIZED_CODE'.split(' '),
    );
  });
});
