/** The operations the tests send, typed by GraphQL Code Generator (`npm run codegen`). */
import { graphql } from './graphql/index.js';

export const CreateTokenDocument = graphql(`
  mutation CreateToken($input: CreateTokenInput!) {
    createToken(input: $input) {
      resultCode
      resultMessage
      action
      accessToken
      clientId
      expiresAt
      expiresIn
      grantType
      properties {
        key
        value
        hidden
      }
      refreshToken
      scopes
      subject
      tokenType
      jwtAccessToken
      authorizationDetails {
        elements {
          type
          locations
          actions
          dataTypes
          identifier
          privileges
          otherFields
        }
      }
      forExternalAttachment
      tokenId
      refreshTokenScopes
      clientIdentifier
      sessionId
    }
  }
`);

export const CreateTokenActionDocument = graphql(`
  mutation CreateTokenAction($input: CreateTokenInput!) {
    createToken(input: $input) {
      action
      resultCode
      resultMessage
    }
  }
`);

export const GatewayInfoDocument = graphql(`
  query GatewayInfo {
    gatewayInfo {
      version
      authleteApiVersion
      emulated
    }
  }
`);
