/** Compile-time checks and the generic copy they pair with. Imports nothing. */

/**
 * `true` when A and B are the same set of names, `never` otherwise: `const check: SameKeys<A, B> = true`
 * fails the typecheck as soon as one list gains a name the other lacks.
 */
export type SameKeys<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : never;

/** The named members of `source` that are neither undefined nor null, copied in `names` order. */
export function pickGiven<T extends object, K extends keyof T>(source: T, names: readonly K[]): { [P in K]?: NonNullable<T[P]> } {
  const picked: { [P in K]?: NonNullable<T[P]> } = {};
  for (const name of names) {
    const value = source[name];
    if (value !== null && value !== undefined) picked[name] = value;
  }
  return picked;
}
