/**
 * Builds the gateway's Yoga app (no listening here; see main.ts): GraphQL at /graphql, GraphiQL
 * there too outside production, liveness at /healthz.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createContextFactory, type GatewayContext } from './context.js';
import { useGatewayErrors } from './errors.js';
import type { Logger } from './logger.js';
import { useLosslessJsonBodies } from './request-parser.js';
import { schema } from './schema/index.js';
import type { AuthleteClient } from './upstream/authlete-client.js';

export interface GatewayOptions {
  authlete: AuthleteClient;
  logger: Logger;
  /** True when the upstream is the embedded emulator. */
  emulated?: boolean;
  /** Production hides GraphiQL. */
  production?: boolean;
  /** The operation GraphiQL opens with. */
  graphiqlDefaultQuery?: string;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

export function createGateway(options: GatewayOptions): Gateway {
  const { authlete, logger } = options;
  const emulated = options.emulated ?? false;
  const yogaLogger = logger.child({ component: 'yoga' });
  const log = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) =>
    yogaLogger[level](args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));

  return createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: options.production
      ? false
      : { title: 'Authlete GraphQL gateway', defaultQuery: options.graphiqlDefaultQuery },
    maskedErrors: true,
    logging: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    plugins: [useLosslessJsonBodies(), useGatewayErrors()],
    context: createContextFactory({ authlete, logger, emulated }),
  });
}
