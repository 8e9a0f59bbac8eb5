/** The operation GraphiQL opens with; its client id is one of the emulator's seeded clients. */
export const GRAPHIQL_DEFAULT_QUERY = `# Mint an access token through Authlete. On the embedded emulator, client
# 26888344961664 (alias "demo-web") may use AUTHORIZATION_CODE with these scopes.
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
  }
}
`;
