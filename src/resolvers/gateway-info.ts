/** gatewayInfo: what this gateway is and which Authlete it talks to (no secrets). */
import type { GatewayContext } from '../types.js';
import { GATEWAY_VERSION } from '../version.js';

export interface GatewayInfoResult {
  version: string;
  authleteApiVersion: 'V2' | 'V3';
  emulated: boolean;
}

export function gatewayInfoResolver(context: GatewayContext): GatewayInfoResult {
  return {
    version: GATEWAY_VERSION,
    authleteApiVersion: context.authlete.apiVersion === 'v2' ? 'V2' : 'V3',
    emulated: context.emulated,
  };
}
