// @vitest-environment happy-dom
/**
 * Fuzzing (issue 7): 100,000 generated strings through the classifier and 20,000 generated message bodies
 * through the adapters' text extraction — nothing throws, the output stays well formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/sites/text.ts';
import { classify } from './classify/helpers.ts';

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('idiota', 'f*ck', 'te voy a', 'On Mon wrote:', '> ', '\n', ' ', '\u200b', '\u202e', '😡', 'ñ', 'NOW', 'ya', '@user', 'i d i o t a', 'p3nd3j0', '!!!', '...'),
);

describe('fuzz', () => {
  it('100,000 strings through the classifier: no throw, spans inside the text', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const a = classify(text);
        n++;
        for (const e of a.evidence) if (e.start < 0 || e.end > text.length || e.end <= e.start) return false;
        return a.anger >= 0 && a.anger <= 1;
      }),
      { numRuns: 100_000 },
    );
    expect(n).toBe(100_000);
  }, 120_000);

  it('20,000 generated message bodies through the text extraction: no throw, no markup in the output', () => {
    const tags = fc.constantFrom('p', 'div', 'span', 'br', 'blockquote', 'li', 'b', 'svg', 'button', 'script');
    fc.assert(
      fc.property(fc.array(fc.tuple(tags, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 12 }), (nodes) => {
        const root = document.createElement('div');
        let parent: Element = root;
        for (const [tag, text] of nodes) {
          const el = document.createElement(tag);
          el.textContent = text;
          parent.append(el);
          if (tag === 'div' || tag === 'blockquote') parent = el;
        }
        const out = visibleText(root);
        return typeof out === 'string' && !out.includes('\n\n') && out === out.trim();
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);
});
