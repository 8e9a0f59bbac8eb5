/** Builds Authlete request bodies from GraphQL input: only the fields given, in a fixed order. */
import type { SameKeys } from '../type-checks.js';
import type { AuthzDetails, AuthzDetailsElement, Property } from '../upstream/wire.js';

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
/** `type` is required, so it is copied as it is. */
const AUTHZ_DETAILS_ELEMENT_OPTIONAL_FIELDS = ['locations', 'actions', 'dataTypes', 'identifier', 'privileges', 'otherFields'] as const;

/** Every member of Authlete's property and authorization-details element is sent when given. */
const everyPropertyFieldSent: SameKeys<(typeof PROPERTY_FIELDS)[number], keyof Property> = true;
const everyElementFieldSent: SameKeys<(typeof AUTHZ_DETAILS_ELEMENT_OPTIONAL_FIELDS)[number] | 'type', keyof AuthzDetailsElement> = true;
void [everyPropertyFieldSent, everyElementFieldSent];

/**
 * The input's `properties` and `authorizationDetails`, rebuilt field by field. One not given is
 * `undefined`, which the JSON body leaves out.
 */
export function nestedRequestFields(input: {
  properties?: Maybe<PropertyInputShape[]>;
  authorizationDetails?: Maybe<AuthzDetailsInputShape>;
}): { properties: Property[] | undefined; authorizationDetails: AuthzDetails | undefined } {
  return {
    properties: input.properties?.map((property) => pickGiven(property, PROPERTY_FIELDS)),
    authorizationDetails: input.authorizationDetails
      ? {
          elements: input.authorizationDetails.elements.map((element) => ({
            type: element.type,
            ...pickGiven(element, AUTHZ_DETAILS_ELEMENT_OPTIONAL_FIELDS),
          })),
        }
      : undefined,
  };
}

/** The named members of `source` that are neither undefined nor null, copied in `names` order. */
export function pickGiven<T extends object, K extends keyof T>(source: T, names: readonly K[]): { [P in K]?: NonNullable<T[P]> } {
  const picked: { [P in K]?: NonNullable<T[P]> } = {};
  for (const name of names) {
    const value = source[name];
    if (value !== null && value !== undefined) picked[name] = value;
  }
  return picked;
}
