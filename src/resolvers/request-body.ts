/** Builds Authlete request bodies from GraphQL input: only the fields given, in a fixed order. */
import type { AuthleteRequestBody } from '../upstream/authlete-client.js';

/** An optional GraphQL input field: absent, explicitly null, or given. */
export type Maybe<T> = T | null | undefined;

export interface PropertyInputShape {
  key: string;
  value: string;
  hidden?: Maybe<boolean>;
}

export interface AuthzDetailsElementInputShape {
  type: string;
  locations?: Maybe<string[]>;
  actions?: Maybe<string[]>;
  dataTypes?: Maybe<string[]>;
  identifier?: Maybe<string>;
  privileges?: Maybe<string[]>;
  /** Already serialized by the JSONObject scalar. */
  otherFields?: Maybe<string>;
}

export interface AuthzDetailsInputShape {
  elements: AuthzDetailsElementInputShape[];
}

const PROPERTY_FIELDS = ['key', 'value', 'hidden'] as const;
const AUTHZ_DETAILS_ELEMENT_FIELDS = ['type', 'locations', 'actions', 'dataTypes', 'identifier', 'privileges', 'otherFields'] as const;

/** Copies the named fields the caller gave; absent and null fields are not sent upstream. */
export function pick<T extends object>(source: T, names: ReadonlyArray<keyof T & string>): AuthleteRequestBody {
  const body: AuthleteRequestBody = {};
  for (const name of names) {
    const value = source[name];
    if (value !== null && value !== undefined) body[name] = value;
  }
  return body;
}

/** `pick`, with `properties` and `authorizationDetails` rebuilt field by field. */
export function requestBodyFrom<T extends { properties?: Maybe<PropertyInputShape[]>; authorizationDetails?: Maybe<AuthzDetailsInputShape> }>(
  input: T,
  names: ReadonlyArray<keyof T & string>,
): AuthleteRequestBody {
  const body = pick(input, names);
  if (input.properties) body.properties = input.properties.map((property) => pick(property, PROPERTY_FIELDS));
  if (input.authorizationDetails) {
    body.authorizationDetails = {
      elements: input.authorizationDetails.elements.map((element) => pick(element, AUTHZ_DETAILS_ELEMENT_FIELDS)),
    };
  }
  return body;
}
