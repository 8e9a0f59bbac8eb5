/** GrantType: Authlete's grant types, with the enum names Authlete's JSON uses. */
import type { SameKeys } from '../type-checks.js';
import type { GrantTypeName } from '../upstream/wire.js';
import { builder } from './builder.js';

export const GrantType = builder.enumType('GrantType', {
  description: "An OAuth grant type, by the name Authlete's API uses for it.",
  values: {
    AUTHORIZATION_CODE: { description: 'The authorization code flow (`authorization_code`).' },
    IMPLICIT: { description: 'The implicit flow. No refresh token is issued.' },
    PASSWORD: { description: 'The resource owner password credentials flow (`password`).' },
    CLIENT_CREDENTIALS: { description: 'The client credentials flow. No subject and no refresh token.' },
    REFRESH_TOKEN: { description: 'The refresh token flow. Authlete refuses it as the grant type of a new token.' },
    CIBA: { description: 'Client-Initiated Backchannel Authentication (`urn:openid:params:grant-type:ciba`).' },
    DEVICE_CODE: { description: 'The device authorization flow (`urn:ietf:params:oauth:grant-type:device_code`).' },
    TOKEN_EXCHANGE: { description: 'Token exchange, RFC 8693 (`urn:ietf:params:oauth:grant-type:token-exchange`).' },
    JWT_BEARER: { description: 'JWT bearer assertion, RFC 7523 (`urn:ietf:params:oauth:grant-type:jwt-bearer`).' },
    PRE_AUTHORIZED_CODE: {
      description: 'OpenID4VCI pre-authorized code (`urn:ietf:params:oauth:grant-type:pre-authorized_code`); API v3 only.',
    },
  } as const,
});

/** The enum's values are exactly the spec's grant types (a new one in the spec fails the typecheck). */
const everyGrantTypeOfTheSpec: SameKeys<typeof GrantType.$inferType, GrantTypeName> = true;
void everyGrantTypeOfTheSpec;
