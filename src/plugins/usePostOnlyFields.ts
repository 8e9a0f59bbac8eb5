/**
 * Refuses, before anything runs, an operation sent with GET that selects a root field taking a
 * secret (`extensions.postOnly`: `introspectToken`'s token). A GET request's operation and
 * variables are in its URL, and URLs end up in access logs, proxies' logs and browser history:
 * such a field is answered over POST only. The refusal is HTTP 405 with `Allow: POST`, and nothing
 * is sent to Authlete; it names the field, never the secret.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';
import { operationToRun, rootFieldsOf } from './shared/operation.js';

export function usePostOnlyFields(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request?.method !== 'GET') return;
      const toRun = operationToRun(args.document, args.operationName);
      const rootType = toRun && args.schema.getRootType(toRun.operation.operation);
      if (!toRun || !rootType) return;
      const fields = rootType.getFields();
      const secret = rootFieldsOf(toRun).find((field) => fields[field.name.value]?.extensions.postOnly === true);
      if (!secret) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`${secret.name.value} takes a secret: send it with POST, never in a URL (URLs end up in access logs).`, {
            extensions: { code: 'BAD_REQUEST' satisfies ErrorCode, http: { status: 405, headers: { allow: 'POST' } } },
          }),
        ],
      });
    },
  };
}
