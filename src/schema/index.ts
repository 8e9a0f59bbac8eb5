/** The gateway's GraphQL schema: each domain file registers its types and root fields. */
import { builder } from './builder.js';
import './grant-type.js';
import './property.js';
import './authz-details.js';
import './token-create.js';
import './gateway.js';

export const schema = builder.toSchema({ sortSchema: false });
