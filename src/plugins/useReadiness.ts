/**
 * /readyz: 200 while the readiness check passes, 503 (with the reason when the check throws) when
 * it does not. Only that path pays for it: the decision is one string comparison on the path Yoga
 * has already parsed (graphql-yoga's useReadinessCheck ran a URLPattern over every request).
 */
import type { Plugin } from 'graphql-yoga';

export function useReadiness(options: { endpoint: string; check: () => boolean | Promise<boolean> }): Plugin {
  const { endpoint, check } = options;
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return undefined;
      const answer = (status: number, text: string | null = null) =>
        endResponse(new fetchAPI.Response(text, { status, headers: text === null ? {} : { 'content-type': 'text/plain; charset=utf-8' } }));
      return Promise.resolve()
        .then(check)
        .then(
          (ready) => answer(ready ? 200 : 503),
          (error: unknown) => answer(503, error instanceof Error ? error.message : null),
        );
    },
  };
}
