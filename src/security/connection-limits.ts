/**
 * Limits on callers' connections that Node's HTTP server does not have: a cap per remote address
 * (HTTP_MAX_CONNECTIONS_PER_IP), so that one source cannot hold every slot of the global cap
 * (HTTP_MAX_CONNECTIONS) and starve everyone else, liveness probes included; and a first-byte
 * timeout (HTTP_FIRST_BYTE_TIMEOUT_MS): a connection that has sent nothing within it is closed,
 * long before the headers timeout would.
 *
 * The address is the TCP peer's. Behind a proxy every caller shares the proxy's address: raise the
 * cap there (or set it to the global cap) and let the proxy limit its clients; `X-Forwarded-For`
 * is never trusted for this, since any client can write it.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  maxPerAddress: number;
  firstByteTimeoutMs: number;
}

/** IPv4 peers of a dual-stack socket appear as ::ffff:a.b.c.d: one address, one count. */
function addressOf(socket: Socket): string {
  const address = socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * Applies the limits to a server. `onRefused` is told of each connection closed for the cap
 * (e.g. to count it); the refused socket is destroyed on arrival, before any byte is read.
 */
export function limitConnections(server: Server, limits: ConnectionLimits, onRefused?: (reason: 'per_address' | 'first_byte') => void): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = addressOf(socket);
    const count = open.get(address) ?? 0;
    if (count >= limits.maxPerAddress) {
      onRefused?.('per_address');
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    // The HTTP parser reads the socket directly (no 'data' events): ask the socket what it read.
    const silent = setTimeout(() => {
      if (socket.bytesRead > 0 || socket.destroyed) return;
      onRefused?.('first_byte');
      socket.destroy();
    }, limits.firstByteTimeoutMs);
    silent.unref();
    socket.once('close', () => {
      clearTimeout(silent);
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
