// What the analysis benchmark needs from the pure core, bundled for Node (scripts/bench/analysis.ts).
export { analyze, RULES } from '../../lib/analysis/index.ts';
export { buildContext } from '../../lib/analysis/context.ts';
export { resolveThresholds } from '../../lib/analysis/rules/rule.ts';
