/**
 * The emulator's seeded service and clients. Ids are fixed so that the README's examples work as
 * pasted; one id is above 2^53 to show that ids survive the gateway exactly.
 */
import type { ApplicationTypeName, ClientAuthMethodName, ClientEntry, ClientLimitedEntry, ClientTypeName, GrantTypeName, ResponseTypeName } from '../upstream/wire.js';

export interface EmulatedClient {
  clientId: bigint;
  clientIdAlias: string;
  clientName: string;
  clientType: ClientTypeName;
  grantTypes: readonly GrantTypeName[];
  /** Scopes this client may request. */
  requestableScopes: readonly string[];
  locked: boolean;
  /** Seconds; 0 means the service default. */
  accessTokenDuration: number;
  description: string;
  applicationType: ApplicationTypeName | null;
  responseTypes: readonly ResponseTypeName[];
  redirectUris: readonly string[];
  tokenAuthMethod: ClientAuthMethodName;
  developer: string;
  logoUri: string | null;
  clientUri: string | null;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms. */
  modifiedAt: number;
  dynamicallyRegistered: boolean;
  /** Authlete returns it from client/get; the gateway must never pass it on. */
  clientSecret: string;
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
    description: 'The demo web application: authorization code flow with refresh tokens.',
    applicationType: 'WEB',
    responseTypes: ['CODE'],
    redirectUris: ['https://demo-web.example.com/callback'],
    tokenAuthMethod: 'CLIENT_SECRET_BASIC',
    developer: 'john',
    logoUri: 'https://demo-web.example.com/logo.png',
    clientUri: 'https://demo-web.example.com/',
    createdAt: 1639468356000,
    modifiedAt: 1700000000000,
    dynamicallyRegistered: false,
    clientSecret: 'emulator-secret-demo-web-5b1f0c3e',
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
    description: 'A machine-to-machine client whose id is above 2^53.',
    applicationType: null,
    responseTypes: [],
    redirectUris: [],
    tokenAuthMethod: 'PRIVATE_KEY_JWT',
    developer: 'reports-team',
    logoUri: null,
    clientUri: null,
    createdAt: 1650000000000,
    modifiedAt: 1650000000000,
    dynamicallyRegistered: false,
    clientSecret: 'emulator-secret-reporting-9c2d7a41',
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
    description: 'A TV app using the device authorization flow.',
    applicationType: 'NATIVE',
    responseTypes: [],
    redirectUris: [],
    tokenAuthMethod: 'NONE',
    developer: 'living-room-inc',
    logoUri: null,
    clientUri: 'https://tv.example.com/',
    createdAt: 1660000000000,
    modifiedAt: 1690000000000,
    dynamicallyRegistered: true,
    clientSecret: 'emulator-secret-tv-01aa77e2',
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
    description: 'A former partner whose client is locked.',
    applicationType: 'WEB',
    responseTypes: ['CODE'],
    redirectUris: ['https://partner.example.org/cb'],
    tokenAuthMethod: 'CLIENT_SECRET_POST',
    developer: 'partner',
    logoUri: null,
    clientUri: null,
    createdAt: 1600000000000,
    modifiedAt: 1710000000000,
    dynamicallyRegistered: false,
    clientSecret: 'emulator-secret-partner-3d9e10b5',
  },
];

/**
 * One emulator's clients: copies of the seeded ones, so that locking a client in one emulator
 * never shows in another started by the same process (two tests, two emulators).
 */
export class ClientRegistry {
  readonly #clients: EmulatedClient[] = EMULATED_CLIENTS.map((client) => ({ ...client }));

  /** Finds a client by numeric id (number, bigint or digits) or by alias. */
  find(identifier: unknown): EmulatedClient | undefined {
    if (typeof identifier === 'bigint' || (typeof identifier === 'number' && Number.isSafeInteger(identifier))) {
      const id = BigInt(identifier);
      return this.#clients.find((client) => client.clientId === id);
    }
    if (typeof identifier !== 'string') return undefined;
    return this.#clients.find((client) => client.clientIdAlias === identifier || client.clientId.toString() === identifier);
  }

  /** Every client, in registration order. */
  all(): readonly EmulatedClient[] {
    return this.#clients;
  }

  /** Locks or unlocks a client; a change is a modification (`modifiedAt`). */
  setLocked(client: EmulatedClient, locked: boolean, now: number): void {
    if (client.locked === locked) return;
    client.locked = locked;
    client.modifiedAt = now;
  }
}

/** The few fields Authlete's lists give of a client (`client_limited`: the token list's `client`, the authorized clients). */
export function clientLimitedJson(client: EmulatedClient): ClientLimitedEntry {
  return {
    number: Number(client.clientId % 10_000n),
    clientName: client.clientName,
    description: client.description,
    clientId: client.clientId,
    clientIdAlias: client.clientIdAlias,
    clientIdAliasEnabled: true,
    clientType: client.clientType,
  };
}

/** The client as Authlete's `client/get` returns it (a subset of its ~100 properties). */
export function clientJson(client: EmulatedClient, serviceNumber: number): ClientEntry {
  return {
    number: Number(client.clientId % 10_000n),
    serviceNumber,
    clientId: client.clientId,
    clientIdAlias: client.clientIdAlias,
    clientIdAliasEnabled: true,
    clientName: client.clientName,
    description: client.description,
    clientType: client.clientType,
    applicationType: client.applicationType,
    grantTypes: [...client.grantTypes],
    responseTypes: [...client.responseTypes],
    redirectUris: [...client.redirectUris],
    tokenAuthMethod: client.tokenAuthMethod,
    developer: client.developer,
    logoUri: client.logoUri,
    clientUri: client.clientUri,
    createdAt: client.createdAt,
    modifiedAt: client.modifiedAt,
    locked: client.locked,
    dynamicallyRegistered: client.dynamicallyRegistered,
    clientSecret: client.clientSecret,
    extension: {
      requestableScopes: [...client.requestableScopes],
      requestableScopesEnabled: true,
      accessTokenDuration: client.accessTokenDuration,
      refreshTokenDuration: 0,
    },
  };
}
