/**
 * Per-token token bucket. Keyed by the API token's hash, not the client address: every phone at a venue
 * shares one public IP, but each device has its own token.
 */
export interface RateLimitOptions {
  /** Requests a token may send at once after being idle. */
  burst: number;
  /** Requests per second the bucket refills. */
  refillPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 600, refillPerSecond: 100 };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one request from the key's bucket; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    const refilled = ((now - bucket.updatedAt) / 1000) * this.options.refillPerSecond;
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + refilled);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerSecond));
  }
}
