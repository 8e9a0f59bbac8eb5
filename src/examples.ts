/**
 * What GraphiQL opens with: ready operations (pick one with the run button's menu) whose ids are
 * the emulator's seeded clients, and a header editor hint for the caller's Bearer token.
 */
export const GRAPHIQL_DEFAULT_QUERY = `# Ready-made operations: pick one with the ▶ button's menu.
# On the embedded emulator, client 26888344961664 (alias "demo-web") may use AUTHORIZATION_CODE
# with these scopes. With caller authentication on, put a JWT in the Headers tab below.

mutation CreateToken {
  createToken(
    input: {
      grantType: AUTHORIZATION_CODE
      clientId: "26888344961664"
      subject: "john"
      scopes: ["history.read", "timeline.read"]
    }
  ) {
    action
    resultCode
    resultMessage
    accessToken
    refreshToken
    tokenType
    clientId
    expiresAt
    expiresIn
    scopes
    subject
    client { clientName }
  }
}

query Tokens {
  tokens(clientIdentifier: "demo-web", first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        accessTokenHash
        subject
        scopes
        createdAt
        accessTokenExpiresAt
        client { clientName clientIdAlias }
      }
    }
  }
}

mutation RevokeTokens {
  revokeTokens(input: { clientIdentifier: "demo-web", subject: "john" }) {
    action
    count
    resultMessage
  }
}
`;

/** The header editor's initial content: where the caller's JWT goes. */
export function graphiqlHeaders(authenticationRequired: boolean): Record<string, string> {
  return {
    Authorization: authenticationRequired
      ? 'Bearer <a JWT from your IdP with scope "tokens:create tokens:read tokens:update tokens:revoke tokens:introspect clients:lock">'
      : 'Bearer <not needed on the loopback demo; required once AUTH_JWKS_URL is set>',
  };
}
