/**
 * The emulator's seeded service and clients. Ids are fixed so that the README's examples work as
 * pasted; one id is above 2^53 to show that ids survive the gateway exactly.
 */
export interface EmulatedClient {
  clientId: bigint;
  clientIdAlias: string;
  clientName: string;
  clientType: 'PUBLIC' | 'CONFIDENTIAL';
  grantTypes: readonly string[];
  /** Scopes this client may request. */
  requestableScopes: readonly string[];
  locked: boolean;
  /** Seconds; 0 means the service default. */
  accessTokenDuration: number;
}

export const EMULATED_SERVICE = {
  serviceName: 'Authlete emulator',
  supportedScopes: ['openid', 'profile', 'email', 'history.read', 'timeline.read', 'reports.read', 'reports.write', 'admin'],
  supportedGrantTypes: [
    'AUTHORIZATION_CODE',
    'IMPLICIT',
    'PASSWORD',
    'CLIENT_CREDENTIALS',
    'REFRESH_TOKEN',
    'CIBA',
    'DEVICE_CODE',
    'TOKEN_EXCHANGE',
    'JWT_BEARER',
    'PRE_AUTHORIZED_CODE',
  ],
  /** Seconds. */
  accessTokenDuration: 3600,
  /** Seconds. */
  refreshTokenDuration: 86_400,
} as const;

export const EMULATED_CLIENTS: readonly EmulatedClient[] = [
  {
    clientId: 26888344961664n,
    clientIdAlias: 'demo-web',
    clientName: 'Demo Web App',
    clientType: 'CONFIDENTIAL',
    grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN', 'PASSWORD', 'TOKEN_EXCHANGE'],
    requestableScopes: ['openid', 'profile', 'email', 'history.read', 'timeline.read'],
    locked: false,
    accessTokenDuration: 0,
  },
  {
    clientId: 9007199254740993n,
    clientIdAlias: 'reporting-batch',
    clientName: 'Reporting Batch Service',
    clientType: 'CONFIDENTIAL',
    grantTypes: ['CLIENT_CREDENTIALS'],
    requestableScopes: ['reports.read', 'reports.write'],
    locked: false,
    accessTokenDuration: 600,
  },
  {
    clientId: 17201124378391n,
    clientIdAlias: 'living-room-tv',
    clientName: 'Living Room TV',
    clientType: 'PUBLIC',
    grantTypes: ['DEVICE_CODE', 'REFRESH_TOKEN'],
    requestableScopes: ['history.read', 'timeline.read'],
    locked: false,
    accessTokenDuration: 0,
  },
  {
    clientId: 30348473529123n,
    clientIdAlias: 'retired-partner',
    clientName: 'Retired Partner (locked)',
    clientType: 'CONFIDENTIAL',
    grantTypes: ['AUTHORIZATION_CODE', 'REFRESH_TOKEN'],
    requestableScopes: ['openid', 'profile'],
    locked: true,
    accessTokenDuration: 0,
  },
];

/** Finds a client by numeric id (number, bigint or digits) or by alias. */
export function findClient(identifier: unknown): EmulatedClient | undefined {
  if (typeof identifier === 'bigint' || (typeof identifier === 'number' && Number.isSafeInteger(identifier))) {
    const id = BigInt(identifier);
    return EMULATED_CLIENTS.find((client) => client.clientId === id);
  }
  if (typeof identifier !== 'string') return undefined;
  return EMULATED_CLIENTS.find(
    (client) => client.clientIdAlias === identifier || client.clientId.toString() === identifier,
  );
}
