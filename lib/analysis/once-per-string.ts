/**
 * A function of a string, worked out once per distinct string. Comment texts, names, headlines
 * and hashtags repeat a lot within one timeline ("Great post!" under many posts, one commenter or
 * tag everywhere), so a cache that lives for one analysis saves most of the text work. The
 * function must be pure: a cached value is the value it would compute again. It may not return
 * undefined, which marks "not computed yet" (one map look-up per call instead of two).
 */
export function oncePerString<T extends NonNullable<unknown> | null>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
