/** The gateway's version: package.json's, read once (src/ and dist/ both sit beside package.json). */
import { readFileSync } from 'node:fs';

export const GATEWAY_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
