/**
 * What the Node.js peers share (bench/bench.ts compares the gateway with them): the createToken
 * SDL (createToken.graphql, the gateway's types for what the bench selects), Int64 and Timestamp
 * answered as strings of digits, and one resolver that POSTs the input to the fake Authlete's
 * token-create endpoint over one undici Pool, passing Authlete's answer through. No checks, no
 * logs, no metrics: the least a GraphQL server must do to serve the same request.
 * Env: UPSTREAM (origin), SERVICE_ID, SERVICE_TOKEN.
 */
import { readFileSync } from 'node:fs';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Pool } from 'undici';

export const typeDefs = readFileSync(new URL('./createToken.graphql', import.meta.url), 'utf8');

const { UPSTREAM, SERVICE_ID, SERVICE_TOKEN } = process.env;
if (!UPSTREAM || !SERVICE_ID || !SERVICE_TOKEN) throw new Error('UPSTREAM, SERVICE_ID and SERVICE_TOKEN are required');
const pool = new Pool(UPSTREAM, { connections: 32, keepAliveTimeout: 60_000 });
const path = `/api/${SERVICE_ID}/auth/token/create`;
const headers = { authorization: `Bearer ${SERVICE_TOKEN}`, 'content-type': 'application/json' };

/** A 64-bit integer held as a JS number: values beyond 2^53 are refused, not rounded (the gateway carries them exactly). */
const integer = (value: unknown): number => {
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new GraphQLError(`not an integer within 2^53: ${String(value)}`);
  return number;
};
const int64 = (name: string) =>
  new GraphQLScalarType({
    name,
    serialize: (value) => String(integer(value)),
    parseValue: integer,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be an integer or a string of digits`);
      return integer(ast.value);
    },
  });

export const resolvers = {
  Int64: int64('Int64'),
  Timestamp: int64('Timestamp'),
  Mutation: {
    async createToken(_parent: unknown, { input }: { input: unknown }) {
      const response = await pool.request({ method: 'POST', path, headers, body: JSON.stringify(input) });
      return response.body.json();
    },
  },
};

/** Prints the port on one line, as the bench expects, and stops on SIGTERM. */
export function announce(port: number, stop: () => Promise<unknown>): void {
  process.stdout.write(`${JSON.stringify({ port, pid: process.pid })}\n`);
  process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
}
