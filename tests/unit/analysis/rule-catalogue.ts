import { RATE_BENCHMARKS } from '../../../lib/analysis/benchmarks';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { RULE_IDS, type Msg, type RuleId } from '../../../lib/analysis/model';
import { POLICIES } from '../../../lib/analysis/policies';
import { RULES } from '../../../lib/analysis/rules';
import { GRADE_FLOORS, RULE_WEIGHTS, SCORE_MIN_POSTS, SCORE_MIN_WEIGHT_SHARE, STATUS_POINTS } from '../../../lib/analysis/score';

/** One worked example per rule: what a user would read for a flagged page. */
export const EXAMPLES: Readonly<Record<RuleId, { explanation: Msg; suggestion: Msg }>> = {
  'hollow-engagement': {
    explanation: { key: 'rule.hollow-engagement.explain.found', params: { hollowPosts: 9, eligiblePosts: 10, minReactions: 20, ratioPercent: 2, typicalCommentsPer100Reactions: 9 } },
    suggestion: { key: 'rule.hollow-engagement.suggest', params: { reactions: 31, realComments: 0 } },
  },
  'engagement-spike': {
    explanation: { key: 'rule.engagement-spike.explain.found', params: { spikes: 1, baseline: 24, maxRatio: 14.2 } },
    suggestion: { key: 'rule.engagement-spike.suggest', params: { topInteractions: 341, expected: 24 } },
  },
  'same-circle': {
    explanation: { key: 'rule.same-circle.explain.found', params: { coreSize: 6, coreShare: 82, coveragePercent: 60, commentedPosts: 12, colleagueComments: 7 } },
    suggestion: { key: 'rule.same-circle.suggest', params: { names: 'Kees, Mira, Joost, Fatima, Lotte, …' } },
  },
  'generic-comments': {
    explanation: { key: 'rule.generic-comments.explain.found', params: { genericComments: 31, comments: 48, genericShare: 65, emojiOnly: 12, stockPraise: 15, mentionOnly: 1, duplicates: 3 } },
    suggestion: { key: 'rule.generic-comments.suggest', params: { example: 'Top! 👏', commenters: 'Kees, Mira, Joost' } },
  },
  'engagement-vs-audience': {
    explanation: { key: 'rule.engagement-vs-audience.explain.employees', params: { medianReactions: 15, employees: 201 } },
    suggestion: { key: 'rule.engagement-vs-audience.suggest.employees', params: { medianReactions: 15, employees: 201 } },
  },
  'burst-then-silence': {
    explanation: { key: 'rule.burst-then-silence.explain.found', params: { bursts: 3, earlySharePercent: 90, burstMinutes: 60, maxPaceRatio: 8.5 } },
    suggestion: { key: 'rule.burst-then-silence.suggest', params: { bursts: 3 } },
  },
  'hashtag-overuse': {
    explanation: { key: 'rule.hashtag-overuse.explain.found', params: { overPosts: 8, posts: 10, limit: 3, maxTags: 11, nearDuplicatePairs: 4, sentenceTags: 1 } },
    suggestion: { key: 'rule.hashtag-overuse.suggest.replace', params: { count: 11, tags: '#marketing, #marketingtips, #socialmedia, #socialmediamarketing, #ondernemer, #ondernemen, #business, #succes, …' } },
  },
  'sales-only-timeline': {
    explanation: { key: 'rule.sales-only-timeline.explain.found', params: { promoPosts: 10, posts: 12, promoShare: 83 } },
    suggestion: { key: 'rule.sales-only-timeline.suggest', params: { promoPosts: 10, posts: 12 } },
  },
  'broadcast-only': {
    explanation: { key: 'rule.broadcast-only.explain.found', params: { questionPosts: 0, posts: 20, repliedPosts: 0, commentedPosts: 7, resharePercent: 80, newsPercent: 15 } },
    suggestion: { key: 'rule.broadcast-only.suggest.unanswered', params: { unansweredRecent: 5, recentDays: 7 } },
  },
  'engagement-bait': {
    explanation: { key: 'rule.engagement-bait.explain.found', params: { baitPosts: 2, phrase: 'tag a friend' } },
    suggestion: { key: 'rule.engagement-bait.suggest', params: { phrase: 'tag a friend' } },
  },
  'automated-feel': {
    explanation: { key: 'rule.automated-feel.explain.found', params: { templatePosts: 14, posts: 20, linkOnlyPosts: 3, sameMinutePosts: 18 } },
    suggestion: { key: 'rule.automated-feel.suggest.template', params: { templatePosts: 14, sample: 'new on our blog' } },
  },
  'posting-cadence': {
    explanation: { key: 'rule.posting-cadence.explain.found', params: { perWeekBefore: 1, perWeekAfter: 6.5, medianBefore: 40, medianAfter: 15 } },
    suggestion: { key: 'rule.posting-cadence.suggest', params: { perWeekBefore: 1 } },
  },
};

const percentOrNumber = (n: number) => String(Math.round(n * 10_000) / 10_000);

function ruleSection(id: RuleId): string {
  const rule = RULES[id];
  const example = EXAMPLES[id];
  const thresholds = Object.entries(rule.thresholds)
    .map(([name, spec]) => `| \`${name}\` | ${percentOrNumber(spec.default)} | ${spec.min} – ${spec.max} |`)
    .join('\n');
  return [
    `## \`${id}\` — ${formatMsg({ key: `rule.${id}.title` }, 'en')}`,
    '',
    formatMsg({ key: `rule.${id}.flags` }, 'en'),
    '',
    `- File: [\`lib/analysis/rules/${id}.ts\`](../lib/analysis/rules/${id}.ts) · tests: [\`tests/unit/analysis/${id}.test.ts\`](../tests/unit/analysis/${id}.test.ts)`,
    `- Weight in the health score: ${RULE_WEIGHTS[id]}`,
    '',
    '| threshold | default | allowed |',
    '|---|---|---|',
    thresholds,
    '',
    `> ${formatMsg(example.explanation, 'en')}`,
    '>',
    `> **Next step:** ${formatMsg(example.suggestion, 'en')}`,
  ].join('\n');
}

function scoreSection(): string {
  const weights = RULE_IDS.map((id) => `| \`${id}\` | ${RULE_WEIGHTS[id]} |`).join('\n');
  const grades = GRADE_FLOORS.map(([grade, floor]) => `${grade} ≥ ${floor}`).join(', ');
  return [
    '## The health score',
    '',
    `Each rule that could judge earns points (pass ${STATUS_POINTS.pass}, warn ${STATUS_POINTS.warn}, fail ${STATUS_POINTS.fail}) times its weight; the score is the weighted share, 0–100. Rules that are \`insufficient\` or switched off are left out. There is no score with fewer than ${SCORE_MIN_POSTS} posts, or when less than ${SCORE_MIN_WEIGHT_SHARE * 100}% of the enabled rules’ weight could judge: the report says why instead of guessing. Grades: ${grades}, else E. Weights live in \`lib/analysis/score.ts\`.`,
    '',
    '| rule | weight |',
    '|---|---|',
    weights,
  ].join('\n');
}

function benchmarkSection(): string {
  const rows = RATE_BENCHMARKS.map(
    (b) =>
      `| ${b.platform} | ${b.kind} | ${b.denominator} | ${b.minFollowers.toLocaleString('en')}–${b.maxFollowers === null ? '∞' : b.maxFollowers.toLocaleString('en')} | ${b.low === b.high ? `${percentOrNumber(b.low * 100)}%` : `${percentOrNumber(b.low * 100)}–${percentOrNumber(b.high * 100)}%`} | ${b.source} |`,
  ).join('\n');
  return [
    '## Benchmarks',
    '',
    'Interactions per post ÷ denominator, from `lib/analysis/benchmarks.ts`. Where several match, the highest bounds “suspiciously high” and the lowest bounds “far too low”: the page gets the benefit of the doubt.',
    '',
    '| platform | kind | denominator | followers | rate | source |',
    '|---|---|---|---|---|---|',
    rows,
  ].join('\n');
}

function policySection(): string {
  const rows = Object.values(POLICIES).map((p) => `| \`${p.id}\` | ${formatMsg(p.title, 'en')} |`).join('\n');
  return ['## Platform policies cited', '', '| id | statement |', '|---|---|', rows].join('\n');
}

/** docs/rules.md, generated from the code so it cannot drift (`npx vitest run -u` rewrites it). */
export function renderRuleCatalogue(): string {
  return [
    '# Rule catalogue',
    '',
    '<!-- Generated by tests/unit/analysis/catalogue.test.ts from the rule registry, thresholds, messages and weights. Do not edit by hand: change the code, then run `npx vitest run tests/unit/analysis/catalogue.test.ts -u`. -->',
    '',
    'Every rule returns `pass`, `warn`, `fail` or `insufficient` (too little data — preferred over a false alarm), the figures behind it, the posts and commenters that are the evidence, a plain-language explanation and one concrete next step. A flag is a risk signal, not a verdict. Thresholds can be changed per rule in the settings; invalid values fall back to the default.',
    '',
    '| id | rule | weight |',
    '|---|---|---|',
    ...RULE_IDS.map((id) => `| [\`${id}\`](#${id}--${formatMsg({ key: `rule.${id}.title` }, 'en').toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}) | ${formatMsg({ key: `rule.${id}.flags` }, 'en')} | ${RULE_WEIGHTS[id]} |`),
    '',
    ...RULE_IDS.map(ruleSection).flatMap((section) => [section, '']),
    scoreSection(),
    '',
    benchmarkSection(),
    '',
    policySection(),
    '',
  ].join('\n');
}

/** The short thresholds summary of one rule for the README table: "minReactions 20, commentRatio 0.02". */
function thresholdSummary(id: RuleId): string {
  return Object.entries(RULES[id].thresholds)
    .map(([name, spec]) => `${name} ${percentOrNumber(spec.default)}`)
    .join(', ');
}

/**
 * The README's rule catalogue and score weights (between `<!-- rules:start -->` and
 * `<!-- rules:end -->`), generated from the same registry so the README cannot drift either.
 */
export function renderReadmeRules(): string {
  const rows = RULE_IDS.map((id) => {
    const example = formatMsg(EXAMPLES[id].explanation, 'en').replace(/\|/g, '\\|');
    return `| \`${id}\` | ${formatMsg({ key: `rule.${id}.flags` }, 'en')} | ${thresholdSummary(id)} | [\`${id}.ts\`](lib/analysis/rules/${id}.ts) | ${RULE_WEIGHTS[id]} | “${example}” |`;
  });
  const grades = GRADE_FLOORS.map(([grade, floor]) => `${grade} ≥ ${floor}`).join(', ');
  return [
    '| id | what it flags | thresholds (defaults) | file | weight | example explanation |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    `**Health score.** Each rule that could judge earns points (pass ${STATUS_POINTS.pass}, warn ${STATUS_POINTS.warn}, fail ${STATUS_POINTS.fail}) times its weight; the score is the weighted share, 0–100, with grades ${grades}, else E. Rules that are \`insufficient\` or switched off are left out; with fewer than ${SCORE_MIN_POSTS} posts, or when less than ${SCORE_MIN_WEIGHT_SHARE * 100}% of the weight could judge, there is no score and the report says why. Weights live in one place: \`lib/analysis/score.ts\`. Every threshold, benchmark and cited platform policy: [docs/rules.md](docs/rules.md).`,
  ].join('\n');
}
