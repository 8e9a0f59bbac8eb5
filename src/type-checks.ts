/** Compile-time checks: types only, no runtime code. Imports nothing. */

/**
 * `true` when A and B are the same set of names, `never` otherwise: `const check: SameKeys<A, B> = true`
 * fails the typecheck as soon as one list gains a name the other lacks.
 */
export type SameKeys<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : never;
