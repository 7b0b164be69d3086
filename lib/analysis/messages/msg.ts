import type { Msg } from '../model';
import type { MessageKey } from './en';

/** A message with a key the catalogues are known to have (checked by the compiler). */
export function msg(key: MessageKey, params?: Msg['params']): Msg {
  return params === undefined ? { key } : { key, params };
}

/** A list of names or tags as one parameter: "#a, #b, #c". Long lists end in "…". */
export function listParam(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, …` : shown;
}

/** A share 0..1 as a whole percentage for "{share}%". */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/** Figures as message parameters: unknown (null) figures are left out, never shown as 0. */
export function known(figures: Readonly<Record<string, string | number | null>>): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(figures)) if (value !== null) params[name] = value;
  return params;
}
