/**
 * `querySelectorAll` as a plain array, copied with an index loop. `Array.from(nodeList)` and
 * spreading go through the NodeList iterator, which in Chromium 156 costs about three times as
 * much as the copy itself for a 50-element card (measured in scripts/bench, issue 7); the readers
 * copy such lists dozens of times per card. Same elements, same document order.
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const list = root.querySelectorAll(selector);
  const out = new Array<Element>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as Element;
  return out;
}

/** The value kept under key, made and kept on first use (the readers' per-read and per-locale
 *  caches; null is a value, undefined means not made yet). */
export function remember<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
