/** At most `limit` takes per key in any `windowMs`; `take` answers 0 or the milliseconds to wait. */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const taken = new Map<string, number[]>();
  return {
    take(key: string): number {
      const time = now();
      const recent = (taken.get(key) ?? []).filter((t) => t > time - windowMs);
      if (recent.length >= limit) {
        taken.set(key, recent);
        return (recent[0] ?? time) + windowMs - time;
      }
      recent.push(time);
      taken.set(key, recent);
      return 0;
    },
  };
}
