/** The gateway's GraphQL schema: each domain file registers its types and root fields. */
import { builder } from './builder.js';
import './grant-type.js';
import './property.js';
import './authz-details.js';
import './client.js';
import './token-create.js';
import './access-token.js';
import './token-update.js';
import './token-revoke.js';
import './token-delete.js';
import './gateway.js';

export const schema = builder.toSchema({ sortSchema: false });
