/** createToken: mint an access token (and maybe a refresh token) through Authlete. */
import { z } from 'zod';
import { TOKEN_CREATE_FIELDS, createTokenResolver } from '../resolvers/token-create.js';
import { TOKEN_CREATE_ACTIONS, type TokenCreateResult } from '../shapes.js';
import { AuthzDetails, AuthzDetailsInput } from './authz-details.js';
import { MUTATION_RESULT_NOTE, actionEnum } from './action.js';
import type { SameKeys } from '../type-checks.js';
import { builder } from './builder.js';
import { clientIdentifier } from './identifier.js';
import { addClientField } from './client.js';
import { GrantType } from './grant-type.js';
import { Property, PropertyInput } from './property.js';

const nonNegative = z.bigint().nonnegative('must not be negative');

export const CreateTokenInput = builder.inputType('CreateTokenInput', {
  description:
    "The fields of Authlete's token-create request (`POST /api/{serviceId}/auth/token/create`), same " +
    'names. Fields left out are not sent. Either `clientId` or `clientIdentifier` is required.',
  fields: (t) => ({
    grantType: t.field({
      type: GrantType,
      required: true,
      description: 'The grant type recorded on the new token. Authlete refuses REFRESH_TOKEN here.',
    }),
    clientId: t.field({ type: 'Int64', description: 'The numeric id of the client the token is issued to.' }),
    clientIdentifier: t.string({
      description: 'The client the token is issued to, by client id or client id alias (API v3).',
      validate: clientIdentifier,
    }),
    subject: t.string({
      description:
        "The resource owner's unique id: ASCII, at most 100 characters. Required unless the grant type is " +
        'CLIENT_CREDENTIALS (ignored then) or JWT_BEARER (optional).',
      validate: z
        .string()
        .max(100, 'must be at most 100 characters')
        .regex(/^[\x00-\x7F]*$/, 'must be ASCII'),
    }),
    scopes: t.stringList({ description: 'Scopes to grant; each must be supported by the service and the client.' }),
    accessTokenDuration: t.field({
      type: 'Int64',
      description: "Lifetime of the access token in seconds; 0 or absent means the service's default.",
      validate: nonNegative,
    }),
    refreshTokenDuration: t.field({
      type: 'Int64',
      description: "Lifetime of the refresh token in seconds; 0 or absent means the service's default.",
      validate: nonNegative,
    }),
    properties: t.field({ type: [PropertyInput], description: 'Extra properties to attach to the token.' }),
    clientIdAliasUsed: t.boolean({
      description: 'Emulate use of the client id alias (affects only `aud` in the UserInfo response).',
    }),
    clientEntityIdUsed: t.boolean({
      description: "Emulate use of the client's entity id (OpenID Federation; affects only `aud` in UserInfo).",
    }),
    metadataDocumentUsed: t.boolean({
      description: 'The client was resolved through its Client ID Metadata Document (API v3, Authlete 3.0.22+).',
    }),
    accessToken: t.string({
      description: 'A caller-chosen access token value (e.g. when migrating); Authlete refuses a duplicate.',
    }),
    refreshToken: t.string({ description: 'A caller-chosen refresh token value; Authlete refuses a duplicate.' }),
    accessTokenPersistent: t.boolean({
      description: 'The access token never expires (it must be revoked or deleted); `accessTokenDuration` is then ignored.',
    }),
    certificateThumbprint: t.string({
      description: 'Bind the token to a client certificate (RFC 8705): the base64url SHA-256 thumbprint.',
    }),
    dpopKeyThumbprint: t.string({
      description: 'Bind the token to a DPoP key (RFC 9449): the key thumbprint. The token type becomes DPoP.',
    }),
    authorizationDetails: t.field({
      type: AuthzDetailsInput,
      description: 'RFC 9396 authorization details to attach to the token.',
    }),
    resources: t.stringList({ description: 'RFC 8707 resource indicators (URIs) the token is meant for.' }),
    forExternalAttachment: t.boolean({ description: 'The token is for OIDC4IDA external attachments.' }),
    jwtAtClaims: t.field({
      type: 'JSONObject',
      description:
        'Extra claims for the payload of a JWT access token, as a JSON object (or a string holding one); ' +
        "sent to Authlete serialized. Used only when the service issues JWT access tokens.",
    }),
    acr: t.string({ description: 'The ACR of the user authentication (RFC 9470). Ignored without a subject.' }),
    authTime: t.field({
      type: 'Int64',
      description: 'When the user authenticated, in seconds since the Unix epoch. Ignored without a subject.',
      validate: nonNegative,
    }),
    sessionId: t.string({ description: "The user's authentication session id, for Native SSO (API v3)." }),
  }),
  validate: z
    .looseObject({ clientId: z.unknown().optional(), clientIdentifier: z.unknown().optional() })
    .refine((input) => input.clientId != null || (input.clientIdentifier != null && input.clientIdentifier !== ''), {
      message: 'either clientId or clientIdentifier is required',
      path: ['clientId'],
    }),
});

/**
 * Every CreateTokenInput field is sent to Authlete, and only those: a field added to the input but not to
 * TOKEN_CREATE_FIELDS (or listed there but not in the input) fails `npm run typecheck`.
 */
type CreateTokenInputField = keyof typeof CreateTokenInput.$inferInput;
type CreateTokenInputSent = (typeof TOKEN_CREATE_FIELDS)[number];
const everyCreateTokenInputFieldSent: SameKeys<CreateTokenInputField, CreateTokenInputSent> = true;
void everyCreateTokenInputFieldSent;

export const TokenCreateResponseAction = actionEnum(
  'TokenCreateResponseAction',
  'What Authlete did with a token-create request (its `action`).',
  TOKEN_CREATE_ACTIONS,
  {
    FORBIDDEN: 'The request is not allowed, e.g. the client does not belong to the service.',
    OK: 'An access token, and maybe a refresh token, was issued.',
  },
);

export const TokenCreateResponse = builder.objectRef<TokenCreateResult>('TokenCreateResponse').implement({
  description: "Authlete's answer to a token-create request. Fields Authlete did not send are null.",
  fields: (t) => ({
    resultCode: t.exposeString('resultCode', { description: "Authlete's result code, e.g. A109001." }),
    resultMessage: t.exposeString('resultMessage', { description: "Authlete's result message, prefixed by the result code." }),
    action: t.expose('action', {
      type: TokenCreateResponseAction,
      nullable: false,
      description: 'What Authlete did; UNKNOWN for an action this gateway version does not know.',
    }),
    accessToken: t.exposeString('accessToken', { description: 'The new access token. A secret: handle it as one.' }),
    clientId: t.expose('clientId', { type: 'Int64', description: 'The numeric id of the client the token was issued to.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'Timestamp',
      description: 'When the access token expires, in milliseconds since the Unix epoch.',
    }),
    expiresIn: t.expose('expiresIn', { type: 'Int64', description: 'The access token lifetime in seconds.' }),
    grantType: t.exposeString('grantType', {
      description:
        "The token's grant type, one of GrantType's names; a plain string, as in Authlete's response, so a " +
        'grant type newer than this gateway still comes through.',
    }),
    properties: t.expose('properties', {
      type: [Property],
      description: 'Extra properties attached to the token.',
    }),
    refreshToken: t.exposeString('refreshToken', {
      description: 'The new refresh token; null for IMPLICIT and CLIENT_CREDENTIALS or when the service issues none.',
    }),
    scopes: t.exposeStringList('scopes', { description: 'The scopes granted.' }),
    subject: t.exposeString('subject', { description: "The resource owner's id; null for CLIENT_CREDENTIALS." }),
    tokenType: t.exposeString('tokenType', { description: 'The token type, e.g. Bearer, or DPoP for a DPoP-bound token.' }),
    jwtAccessToken: t.exposeString('jwtAccessToken', {
      description: 'The access token in JWT form, when the service issues JWT access tokens; otherwise null.',
    }),
    authorizationDetails: t.expose('authorizationDetails', {
      type: AuthzDetails,
      description: 'RFC 9396 authorization details attached to the token.',
    }),
    forExternalAttachment: t.exposeBoolean('forExternalAttachment', {
      description: 'Whether the token is for OIDC4IDA external attachments.',
    }),
    tokenId: t.exposeString('tokenId', { description: 'The unique token identifier (API v3).' }),
    refreshTokenScopes: t.exposeStringList('refreshTokenScopes', { description: 'The scopes of the refresh token (API v3).' }),
    clientIdentifier: t.exposeString('clientIdentifier', { description: 'The client identifier associated with the token (API v3).' }),
    sessionId: t.exposeString('sessionId', { description: 'The authentication session id associated with the token (API v3).' }),
  }),
});

addClientField(
  TokenCreateResponse,
  'The client the token was issued to, looked up in Authlete (once per client per request). Null, with the reason in `errors`, ' +
    'when the client cannot be read.',
);

builder.mutationField('createToken', (t) =>
  t.field({
    type: TokenCreateResponse,
    authScopes: { scope: 'tokens:create' },
    description:
      'Needs the scope tokens:create. Create an access token through Authlete (`POST /api/{serviceId}/auth/token/create`). Never retried: a ' +
      "retry could mint two tokens. Authlete's refusals come back as data (`action`), transport failures as errors." + MUTATION_RESULT_NOTE,
    args: {
      input: t.arg({ type: CreateTokenInput, required: true, description: 'The token to create.' }),
    },
    resolve: (_root, { input }, context) => createTokenResolver(input, context),
  }),
);
