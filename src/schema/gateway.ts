/** GatewayInfo: a read-only description of this gateway and its upstream. */
import { gatewayInfoResolver, type GatewayInfoResult } from '../resolvers/gateway-info.js';
import { builder } from './builder.js';

export const AuthleteApiVersion = builder.enumType('AuthleteApiVersion', {
  description: 'The generation of the Authlete API the gateway calls.',
  values: {
    V2: { description: 'Authlete 2.x: paths /api/…, HTTP Basic with the service API key and secret.' },
    V3: { description: 'Authlete 3.0: paths /api/{serviceId}/…, Bearer service access token.' },
  } as const,
});

export const GatewayInfo = builder.objectRef<GatewayInfoResult>('GatewayInfo').implement({
  description: 'What this gateway is and which Authlete API it talks to.',
  fields: (t) => ({
    version: t.exposeString('version', { nullable: false, description: 'The gateway version.' }),
    authleteApiVersion: t.expose('authleteApiVersion', {
      type: AuthleteApiVersion,
      nullable: false,
      description: 'The Authlete API generation the gateway calls.',
    }),
    emulated: t.exposeBoolean('emulated', {
      nullable: false,
      description: 'True when the upstream is the embedded Authlete emulator (AUTHLETE_BASE_URL not set).',
    }),
  }),
});

builder.queryField('gatewayInfo', (t) =>
  t.field({
    type: GatewayInfo,
    nullable: false,
    authScopes: { public: true },
    description: 'What this gateway is and which Authlete it talks to. Makes no upstream call.',
    resolve: (_root, _args, context) => gatewayInfoResolver(context),
  }),
);
