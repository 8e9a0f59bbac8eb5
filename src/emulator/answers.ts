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
export function propertiesField(value: unknown): StoredProperty[] | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return 'invalid';
  const properties: StoredProperty[] = [];
  for (const element of value) {
    if (!isRecord(element)) return 'invalid';
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
export function authorizationDetailsField(value: unknown): AuthzDetails | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return 'invalid';
  if (value.elements == null) return {};
  if (!Array.isArray(value.elements)) return 'invalid';
  const elements: AuthzDetailsElement[] = [];
  for (const element of value.elements) {
    if (!isRecord(element) || typeof element.type !== 'string') return 'invalid';
    const { type, locations, actions, dataTypes, identifier, privileges, otherFields } = element;
    const lists = { locations, actions, dataTypes, privileges };
    if (Object.values(lists).some((list) => list != null && !isStringArray(list))) return 'invalid';
    if ([identifier, otherFields].some((text) => text != null && typeof text !== 'string')) return 'invalid';
    elements.push({
      type,
      ...(isStringArray(locations) ? { locations } : {}),
      ...(isStringArray(actions) ? { actions } : {}),
      ...(isStringArray(dataTypes) ? { dataTypes } : {}),
      ...(typeof identifier === 'string' ? { identifier } : {}),
      ...(isStringArray(privileges) ? { privileges } : {}),
      ...(typeof otherFields === 'string' ? { otherFields } : {}),
    });
  }
  return { elements };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
