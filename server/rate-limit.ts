/**
 * Token buckets. Requests are limited per API token, not per client address: every phone at a venue
 * shares one public IP, but each device has its own token. Failures are limited too, so guessing costs
 * time: failed sign-ins per client address (a guess has no valid token to be keyed by) and refused
 * requests (403) per token. Only failures count there, so phones that sign in fine never run them down.
 */
export interface RateLimitOptions {
  /** Requests a key may send at once after being idle. */
  burst: number;
  /** Requests per second the bucket refills. */
  refillPerSecond: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 600, refillPerSecond: 100 };

export interface FailureLimitOptions {
  /** Failed sign-ins (no token, an unknown token) per client address. */
  signInsPerAddress: RateLimitOptions;
  /** Refused requests (a door token calling an admin operation) per token. */
  refusalsPerToken: RateLimitOptions;
}

// 100 failures at once, then one a second: a venue's phones mistyping tokens never get near it (each
// device with a rejected token pauses on 401 anyway); a guesser gets 86,400 tries a day at 2^-256 each.
export const DEFAULT_FAILURE_LIMITS: FailureLimitOptions = {
  signInsPerAddress: { burst: 100, refillPerSecond: 1 },
  refusalsPerToken: { burst: 30, refillPerSecond: 0.5 },
};

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Past this many keys, buckets that have refilled completely are forgotten (they hold no state).
const SWEEP_ABOVE_KEYS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    const refill = ((now - bucket.updatedAt) / 1000) * this.options.refillPerSecond;
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + refill);
    bucket.updatedAt = now;
    return bucket;
  }

  private waitFor(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerSecond));
  }

  /** Takes one request from the key's bucket; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const bucket = this.refilled(key, this.now());
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= SWEEP_ABOVE_KEYS) this.sweep();
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return this.waitFor(bucket);
  }

  /** The seconds to wait before the key may send again, without taking anything; 0 when it may now. */
  peek(key: string): number {
    if (!this.buckets.has(key)) return 0;
    const bucket = this.refilled(key, this.now());
    return bucket.tokens >= 1 ? 0 : this.waitFor(bucket);
  }

  private sweep(): void {
    const now = this.now();
    for (const key of [...this.buckets.keys()]) {
      if (this.refilled(key, now).tokens >= this.options.burst) this.buckets.delete(key);
    }
  }
}
