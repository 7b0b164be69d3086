import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { en } from '../../../lib/analysis/messages/en';
import { nl } from '../../../lib/analysis/messages/nl';
import { RULE_IDS } from '../../../lib/analysis/model';
import { RULES } from '../../../lib/analysis/rules';
import { defaultsOf } from '../../../lib/analysis/rules/rule';
import { RULE_WEIGHTS } from '../../../lib/analysis/score';
import { EXAMPLES, renderReadmeRules, renderRuleCatalogue } from './rule-catalogue';
import { writeFileSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const rulesDir = join(root, 'lib/analysis/rules');
/** Files in rules/ that are not rules. */
const RULE_SUPPORT = ['index.ts', 'rule.ts', 'shared.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('rule catalogue stays in step', () => {
  it('registers every id in RULE_IDS under its own id, and nothing else', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULES[id].id).toBe(id);
  });

  it('has one file per rule, named by its id, and no stray files', () => {
    const files = readdirSync(rulesDir).filter((f) => !RULE_SUPPORT.includes(f));
    expect(files.sort()).toEqual(RULE_IDS.map((id) => `${id}.ts`).sort());
  });

  it('has a test file per rule', () => {
    for (const id of RULE_IDS) expect(existsSync(join(here, `${id}.test.ts`)), id).toBe(true);
  });

  it('gives every rule a title, a description and a weight, in both languages', () => {
    for (const id of RULE_IDS) {
      for (const catalogue of [en, nl] as Array<Record<string, string>>) {
        expect(catalogue[`rule.${id}.title`], id).toBeTruthy();
        expect(catalogue[`rule.${id}.flags`], id).toBeTruthy();
      }
      expect(RULE_WEIGHTS[id]).toBeGreaterThan(0);
    }
  });

  it('gives every threshold a default inside its allowed range', () => {
    for (const id of RULE_IDS) {
      for (const [name, spec] of Object.entries(RULES[id].thresholds)) {
        expect(spec.min, `${id}.${name}`).toBeLessThanOrEqual(spec.default);
        expect(spec.default, `${id}.${name}`).toBeLessThanOrEqual(spec.max);
      }
      expect(Object.keys(defaultsOf(RULES[id].thresholds)).length).toBeGreaterThan(0);
    }
  });

  it('uses every message it defines (no dead messages)', () => {
    const source = sourceFiles(join(root, 'lib/analysis')).map((file) => readFileSync(file, 'utf8')).join('\n');
    const perRule = /^rule\.[a-z-]+\.(title|flags)$/; // read by the UI as rule.<id>.title / .flags
    const unused = Object.keys(en).filter((key) => !perRule.test(key) && !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('renders every example completely, in both languages', () => {
    for (const id of RULE_IDS) {
      for (const message of [EXAMPLES[id].explanation, EXAMPLES[id].suggestion]) {
        expect(message.key.startsWith(`rule.${id}.`)).toBe(true);
        for (const locale of ['en', 'nl'] as const) expect(formatMsg(message, locale), `${message.key} ${locale}`).not.toMatch(/[{}]|^rule\./);
      }
    }
  });

  it('matches the README rule catalogue (rewrite it with ECHT_WRITE_README=1 npx vitest run tests/unit/analysis/catalogue.test.ts)', () => {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const block = /(<!-- rules:start -->\n)([\s\S]*?)(\n<!-- rules:end -->)/;
    expect(readme).toMatch(block);
    const expected = renderReadmeRules();
    if (process.env.ECHT_WRITE_README === '1') writeFileSync(readmePath, readme.replace(block, (_, start: string, _old: string, end: string) => start + expected + end));
    else expect(block.exec(readme)?.[2]).toBe(expected);
  });

  it('matches docs/rules.md (regenerate with `npx vitest run tests/unit/analysis/catalogue.test.ts -u`)', async () => {
    await expect(renderRuleCatalogue()).toMatchFileSnapshot(join(root, 'docs/rules.md'));
  });
});
