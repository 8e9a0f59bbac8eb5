/**
 * /metrics on a listener of its own (METRICS_HOST:METRICS_PORT), apart from the API: scrapes come
 * from inside the deployment, and the API port, which callers reach, answers 404 for /metrics.
 */
import { createServer, type Server } from 'node:http';
import type { GatewayMetrics } from './metrics.js';

export function createMetricsServer(metrics: GatewayMetrics): Server {
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: metrics are at GET /metrics.\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(request.method === 'HEAD' ? undefined : text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('The metrics could not be collected.\n'),
    );
  });
}
