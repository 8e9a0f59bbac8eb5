/**
 * Readiness for /readyz: ready while not shutting down and while Authlete answers HTTP within a
 * short timeout. Probes are cached for a few seconds and shared by concurrent checks, so a busy
 * load balancer does not turn into load on Authlete.
 */
export class Readiness {
  #shuttingDown = false;
  #cached: { ready: boolean; at: number } | undefined;
  #probing: Promise<boolean> | undefined;

  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly cacheMs = 3000,
    private readonly now: () => number = Date.now,
  ) {}

  /** From now on the gateway is not ready (it is draining). */
  markShuttingDown(): void {
    this.#shuttingDown = true;
  }

  get shuttingDown(): boolean {
    return this.#shuttingDown;
  }

  async check(): Promise<boolean> {
    if (this.#shuttingDown) return false;
    if (this.#cached && this.now() - this.#cached.at < this.cacheMs) return this.#cached.ready;
    this.#probing ??= this.probe().then((ready) => {
      this.#cached = { ready, at: this.now() };
      this.#probing = undefined;
      return ready;
    });
    const ready = await this.#probing;
    return ready && !this.#shuttingDown;
  }
}
