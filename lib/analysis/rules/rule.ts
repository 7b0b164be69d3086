import type { AnalysisContext } from '../context';
import type { Msg, PolicyCitation, RuleId, RuleResult, RuleStatus } from '../model';

/**
 * A tunable number of a rule with the range a setting may take. The range lets the settings page
 * (issue 6) draw a control, and lets `resolveThresholds` reject nonsense values per field.
 */
export interface ThresholdSpec {
  default: number;
  min: number;
  max: number;
}

export type ThresholdSpecs = Readonly<Record<string, ThresholdSpec>>;

/** The resolved values of a rule's thresholds, one number per spec field. */
export type ThresholdValues<S extends ThresholdSpecs> = { readonly [K in keyof S]: number };

/** What a rule decides; `analyze()` adds the id. */
export type Verdict = Omit<RuleResult, 'id'>;

export interface Rule<S extends ThresholdSpecs = ThresholdSpecs> {
  readonly id: RuleId;
  readonly thresholds: S;
  // Method syntax on purpose: it lets a Rule<specific spec> sit in a Record<RuleId, Rule>.
  evaluate(ctx: AnalysisContext, thresholds: ThresholdValues<S>): Verdict;
}

export function defineRule<S extends ThresholdSpecs>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** The defaults of a threshold spec as a plain object (what a rule "exports as its defaults"). */
export function defaultsOf<S extends ThresholdSpecs>(specs: S): ThresholdValues<S> {
  const values: Record<string, number> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.default;
  return values as ThresholdValues<S>;
}

/**
 * User overrides on top of the defaults, field by field: a missing, non-numeric, non-finite or
 * out-of-range value falls back to that field's default, and unknown fields are ignored.
 */
export function resolveThresholds<S extends ThresholdSpecs>(
  specs: S,
  overrides: Readonly<Record<string, unknown>> | undefined,
): ThresholdValues<S> {
  const values: Record<string, number> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const wanted = overrides?.[name];
    const valid =
      typeof wanted === 'number' &&
      Number.isFinite(wanted) &&
      wanted >= spec.min &&
      wanted <= spec.max;
    values[name] = valid ? wanted : spec.default;
  }
  return values as ThresholdValues<S>;
}

interface VerdictParts {
  figures?: Verdict['figures'];
  evidencePostIds?: string[];
  evidenceCommenters?: string[];
  explanation: Msg;
  suggestion?: Msg | null;
  policy?: PolicyCitation | null;
}

export function verdict(status: RuleStatus, parts: VerdictParts): Verdict {
  return {
    status,
    figures: parts.figures ?? {},
    evidencePostIds: parts.evidencePostIds ?? [],
    evidenceCommenters: parts.evidenceCommenters ?? [],
    explanation: parts.explanation,
    suggestion: parts.suggestion ?? null,
    policy: parts.policy ?? null,
  };
}

/** Too little data to judge: say why, and never suggest anything. */
export function insufficient(explanation: Msg, figures: Verdict['figures'] = {}): Verdict {
  return verdict('insufficient', { explanation, figures });
}

/** The worst of two statuses among pass < warn < fail. */
export function worst(a: 'pass' | 'warn' | 'fail', b: 'pass' | 'warn' | 'fail') {
  const order = { pass: 0, warn: 1, fail: 2 } as const;
  return order[a] >= order[b] ? a : b;
}
