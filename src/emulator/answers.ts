import { isJsonObject } from '../json.js';
import type { AuthzDetails, AuthzDetailsElement, ResultAnswer } from '../upstream/wire.js';
import type { StoredProperty } from './token-store.js';

/**
 * How the emulator answers: a status and a body typed by the spec's answer for the endpoint
 * (wire.ts, generated from the vendored spec), so a misnamed or mistyped member fails the
 * typecheck; the spec-validation test checks the same answers at run time.
 */
export interface EmulatorAnswer<Body extends object = ResultAnswer & { action?: string }> {
  status: number;
  body: Body;
}

/** Authlete's result body, `[code] path, text`, with an optional action. */
export function result<Action extends string>(status: number, code: string, message: string, action?: Action): EmulatorAnswer<ResultAnswer & { action?: Action }> {
  return {
    status,
    body: { resultCode: code, resultMessage: `[${code}] ${message}`, ...(action === undefined ? {} : { action }) },
  };
}

/** An integer field of a request body: null when absent, 'invalid' when not an integer. */
export function integerField(value: unknown): bigint | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return 'invalid';
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * `properties` of a create or update request: null when absent; 'invalid' unless every element
 * has a string `key` and a string `value` (Authlete keeps no property without either) and
 * `hidden`, when given, is a boolean.
 */
function propertiesField(value: unknown): StoredProperty[] | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return 'invalid';
  const properties: StoredProperty[] = [];
  for (const element of value) {
    if (!isJsonObject(element)) return 'invalid';
    const { key, value: text, hidden } = element;
    if (typeof key !== 'string' || typeof text !== 'string' || (hidden != null && typeof hidden !== 'boolean')) return 'invalid';
    properties.push({ key, value: text, hidden: hidden === true });
  }
  return properties;
}

/**
 * `authorizationDetails`: null when absent; 'invalid' unless it is an object whose `elements`
 * each have a string `type` (the spec requires it) and members of the spec's types.
 */
function authorizationDetailsField(value: unknown): AuthzDetails | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!isJsonObject(value)) return 'invalid';
  if (value.elements == null) return {};
  if (!Array.isArray(value.elements)) return 'invalid';
  const elements: AuthzDetailsElement[] = [];
  for (const given of value.elements) {
    if (!isJsonObject(given) || typeof given.type !== 'string') return 'invalid';
    const element: AuthzDetailsElement = { type: given.type };
    for (const name of ['locations', 'actions', 'dataTypes', 'privileges'] as const) {
      const list = given[name];
      if (list == null) continue;
      if (!isStringArray(list)) return 'invalid';
      element[name] = list;
    }
    for (const name of ['identifier', 'otherFields'] as const) {
      const text = given[name];
      if (text == null) continue;
      if (typeof text !== 'string') return 'invalid';
      element[name] = text;
    }
    elements.push(element);
  }
  return { elements };
}

/** The nested members of a create or update request, parsed; or which one is invalid, and why. */
export function nestedFields(
  body: Record<string, unknown>,
):
  | { properties: StoredProperty[] | null; authorizationDetails: AuthzDetails | null }
  | { invalid: 'properties' | 'authorizationDetails'; why: string } {
  const properties = propertiesField(body.properties);
  if (properties === 'invalid') return { invalid: 'properties', why: '"properties" must be an array of objects, each with a string "key" and "value".' };
  const authorizationDetails = authorizationDetailsField(body.authorizationDetails);
  if (authorizationDetails === 'invalid') {
    return { invalid: 'authorizationDetails', why: '"authorizationDetails" must be an object whose "elements" each have a string "type".' };
  }
  return { properties, authorizationDetails };
}
