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

export const TokensDocument = graphql(`
  query Tokens($clientIdentifier: String, $subject: String, $first: Int, $after: String) {
    tokens(clientIdentifier: $clientIdentifier, subject: $subject, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          accessTokenHash
          refreshTokenHash
          accessTokenExpiresAt
          refreshTokenExpiresAt
          createdAt
          lastRefreshedAt
          clientId
          subject
          grantType
          scopes
          properties {
            key
            value
            hidden
          }
          refreshTokenScopes
        }
      }
    }
  }
`);

export const TokensWithClientsDocument = graphql(`
  query TokensWithClients($first: Int, $clientIdentifier: String!) {
    tokens(first: $first) {
      totalCount
      edges {
        node {
          accessTokenHash
          client {
            clientId
            clientName
          }
        }
      }
    }
    again: tokens(first: $first) {
      edges {
        node {
          client {
            clientIdAlias
          }
        }
      }
    }
    client(clientIdentifier: $clientIdentifier) {
      clientName
    }
  }
`);

export const ClientDocument = graphql(`
  query Client($clientIdentifier: String!) {
    client(clientIdentifier: $clientIdentifier) {
      clientId
      clientIdAlias
      clientName
      description
      clientType
      applicationType
      grantTypes
      responseTypes
      redirectUris
      tokenAuthMethod
      developer
      logoUri
      clientUri
      createdAt
      modifiedAt
      locked
      dynamicallyRegistered
    }
  }
`);

export const TwoCreatesWithClientDocument = graphql(`
  mutation TwoCreatesWithClient($input: CreateTokenInput!) {
    first: createToken(input: $input) {
      action
      client {
        clientName
      }
    }
    second: createToken(input: $input) {
      action
      client {
        clientName
      }
    }
  }
`);

export const UpdateTokenDocument = graphql(`
  mutation UpdateToken($input: UpdateTokenInput!) {
    updateToken(input: $input) {
      resultCode
      resultMessage
      action
      accessToken
      accessTokenExpiresAt
      refreshTokenExpiresAt
      properties {
        key
        value
        hidden
      }
      scopes
      authorizationDetails {
        elements {
          type
          actions
        }
      }
      tokenType
      forExternalAttachment
      tokenId
    }
  }
`);

export const RevokeTokensDocument = graphql(`
  mutation RevokeTokens($input: RevokeTokensInput!) {
    revokeTokens(input: $input) {
      resultCode
      resultMessage
      action
      count
    }
  }
`);

export const DeleteTokenDocument = graphql(`
  mutation DeleteToken($accessTokenIdentifier: String!) {
    deleteToken(accessTokenIdentifier: $accessTokenIdentifier) {
      deleted
      accessTokenIdentifier
      action
      resultCode
      resultMessage
    }
  }
`);
