import { describe, expect, it } from 'vitest';
import type { FlagId } from '../../../../src/classify/types.ts';
import { classify } from '../helpers.ts';

export interface RuleTable {
  flags: string[];
  leavesAlone: string[];
}

/** One rule, two tables per language: what it must flag, and what it must leave alone. */
export function ruleTables(flag: FlagId, tables: { es: RuleTable; en: RuleTable }) {
  describe(`rule ${flag}`, () => {
    for (const lang of ['es', 'en'] as const) {
      describe(lang, () => {
        it.each(tables[lang].flags)('flags: %s', (text) => {
          const a = classify(text);
          expect(a.flags).toContain(flag);
          const ev = a.evidence.filter((e) => e.flag === flag);
          expect(ev.length).toBeGreaterThan(0);
          for (const e of ev) {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(e.rule).toBeTruthy();
            expect(e.reason).toBeTruthy();
          }
        });
        it.each(tables[lang].leavesAlone)('leaves alone: %s', (text) => {
          expect(classify(text).flags).not.toContain(flag);
        });
      });
    }
  });
}
