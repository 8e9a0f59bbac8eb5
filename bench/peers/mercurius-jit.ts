/** Peer: Fastify + Mercurius with graphql-jit (every operation compiled after its first run), serving createToken (see shared.ts). */
import Fastify from 'fastify';
import mercurius from 'mercurius';
import type { AddressInfo } from 'node:net';
import { announce, resolvers, typeDefs } from './shared.js';

const app = Fastify({ logger: false, keepAliveTimeout: 60_000 });
await app.register(mercurius, { schema: typeDefs, resolvers, jit: 1, graphiql: false });
await app.listen({ port: 0, host: '127.0.0.1' });
announce((app.server.address() as AddressInfo).port, () => app.close());
