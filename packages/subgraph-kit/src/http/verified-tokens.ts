/** How many verified tokens a process remembers before it starts afresh. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * What a process learnt from tokens whose signature and claims it checked, kept until each token
 * expires: a busy caller's token is verified once, not on every request. Verifying an ES256
 * signature costs more CPU than the rest of a small request's authentication together.
 */
export class VerifiedTokens<T> {
  private readonly verified = new Map<string, { value: T; expiresAtMs: number }>();

  /** What `token` was verified to say, while it has not expired. */
  get(token: string): T | undefined {
    const remembered = this.verified.get(token);
    if (!remembered) return undefined;
    if (remembered.expiresAtMs > Date.now()) return remembered.value;
    this.verified.delete(token);
    return undefined;
  }

  /** Remembers a verified token until `expiresAtSeconds`, its `exp` claim. */
  remember(token: string, value: T, expiresAtSeconds: number): void {
    // Starting afresh is cheap and bounded; a flood of distinct tokens costs only re-verification.
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
    this.verified.set(token, { value, expiresAtMs: expiresAtSeconds * 1000 });
  }

  forget(token: string): void {
    this.verified.delete(token);
  }
}
