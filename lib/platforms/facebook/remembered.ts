/**
 * A pure function of a string, remembered: a card's strings repeat across a feed, and readCard
 * asks the same questions of them thousands of times per page. The memory is bounded: it starts
 * over when full, which costs only a recomputation.
 */
export function remembered<T>(fn: (key: string) => T, limit = 2_000): (key: string) => T {
  let memory = new Map<string, T>();
  return (key) => {
    if (memory.has(key)) return memory.get(key) as T;
    const value = fn(key);
    if (memory.size >= limit) memory = new Map();
    memory.set(key, value);
    return value;
  };
}
