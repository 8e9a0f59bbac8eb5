/** AuthzDetails: RFC 9396 Rich Authorization Request details, in Authlete's wire shape. */
import type { AuthzDetailsElementShape, AuthzDetailsShape } from '../shapes.js';
import { builder } from './builder.js';

export const AuthzDetailsElement = builder.objectRef<AuthzDetailsElementShape>('AuthzDetailsElement').implement({
  description: 'One element of RFC 9396 `authorization_details`.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The type of this authorization detail (always present in Authlete).' }),
    locations: t.exposeStringList('locations', { description: 'Where the resource or API is (`locations`).' }),
    actions: t.exposeStringList('actions', { description: 'Actions to be taken at the resource (`actions`).' }),
    dataTypes: t.exposeStringList('dataTypes', { description: 'Kinds of data requested (RFC 9396 `datatypes`).' }),
    identifier: t.exposeString('identifier', { description: 'A specific resource at the API (`identifier`).' }),
    privileges: t.exposeStringList('privileges', { description: 'Types or levels of privilege (`privileges`).' }),
    otherFields: t.exposeString('otherFields', {
      description: 'The element\'s remaining fields (other than the ones above) as a JSON object serialized in a string, as Authlete keeps them.',
    }),
  }),
});

export const AuthzDetails = builder.objectRef<AuthzDetailsShape>('AuthzDetails').implement({
  description: 'RFC 9396 authorization details attached to a token (Authlete wraps the array in `elements`).',
  fields: (t) => ({
    elements: t.expose('elements', {
      type: [AuthzDetailsElement],
      description: 'The authorization detail elements.',
    }),
  }),
});

export const AuthzDetailsElementInput = builder.inputType('AuthzDetailsElementInput', {
  description: 'One element of RFC 9396 `authorization_details` to attach to a token.',
  fields: (t) => ({
    type: t.string({ required: true, description: 'The type of this authorization detail.' }),
    locations: t.stringList({ description: 'Where the resource or API is.' }),
    actions: t.stringList({ description: 'Actions to be taken at the resource.' }),
    dataTypes: t.stringList({ description: 'Kinds of data requested (RFC 9396 `datatypes`).' }),
    identifier: t.string({ description: 'A specific resource at the API.' }),
    privileges: t.stringList({ description: 'Types or levels of privilege.' }),
    otherFields: t.field({
      type: 'JSONObject',
      description: 'Any further fields of the element, as a JSON object (or a string holding one).',
    }),
  }),
});

export const AuthzDetailsInput = builder.inputType('AuthzDetailsInput', {
  description: 'RFC 9396 authorization details to attach to a token.',
  fields: (t) => ({
    elements: t.field({
      type: [AuthzDetailsElementInput],
      required: true,
      description: 'The authorization detail elements.',
    }),
  }),
});
