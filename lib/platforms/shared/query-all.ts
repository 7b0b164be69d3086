/**
 * `querySelectorAll` as a plain array, copied with an index loop. `Array.from(nodeList)` and
 * spreading go through the NodeList iterator, which in Chromium 156 costs about three times as
 * much as the copy itself for a 50-element card (measured in scripts/bench, issue 7); the readers
 * copy such lists dozens of times per card. Same elements, same document order.
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return toArray(root.querySelectorAll(selector));
}

export function toArray<T extends Node>(list: NodeListOf<T> | HTMLCollectionOf<Element & T>): T[] {
  const out: T[] = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as T;
  return out;
}
