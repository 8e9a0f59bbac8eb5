/** Peer: a minimal graphql-yoga server (no plugins, no logs) serving createToken (see shared.ts). */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { announce, resolvers, typeDefs } from './shared.js';

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers }), logging: false, landingPage: false, graphiql: false });
const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => announce((server.address() as AddressInfo).port, () => new Promise((resolve) => server.close(resolve))));
