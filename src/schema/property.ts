/** Property: an extra key/value pair Authlete keeps with a token. */
import { z } from 'zod';
import type { PropertyShape } from '../shapes.js';
import { builder } from './builder.js';

export const Property = builder.objectRef<PropertyShape>('Property').implement({
  description: 'An extra property attached to a token.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The property name.' }),
    value: t.exposeString('value', { description: 'The property value.' }),
    hidden: t.boolean({
      nullable: false,
      description:
        "True when the property is hidden: never shown to the client in the authorization server's " +
        "responses, but still returned by Authlete's introspection. Defaults to false.",
      resolve: (property) => property.hidden ?? false,
    }),
  }),
});

export const PropertyInput = builder.inputType('PropertyInput', {
  description: 'An extra property to attach to a token.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The property name.', validate: z.string().min(1, 'must not be empty') }),
    value: t.string({ required: true, description: 'The property value.' }),
    hidden: t.boolean({
      description: "Hide the property from the client (it stays visible to Authlete's introspection). Defaults to false.",
    }),
  }),
});
