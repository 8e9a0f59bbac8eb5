/**
 * A promise the test settles itself: where a test needs one thing to happen before another (an
 * answer held until the gateway has done something), it holds the answer on a deferred and
 * releases it at the right moment, instead of sleeping and hoping the order holds.
 */
export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}
