import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

describe('eval --corpus', () => {
  it('scores another directory of labelled messages in the corpus format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calma-sets-'));
    try {
      writeFileSync(
        join(dir, 'x.jsonl'),
        [
          { id: 'x-1', lang: 'es', text: 'Sois unos inútiles.', tone: 'angry', flags: ['insult'] },
          { id: 'x-2', lang: 'en', text: 'Thanks, all sorted!', tone: 'calm', flags: [] },
        ]
          .map((o) => JSON.stringify(o))
          .join('\n') + '\n',
      );
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--corpus', dir, '--json'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout) as { corpus: { messages: number; files: string[]; byLang: { es: { messages: number }; en: { messages: number } } } };
      expect(report.corpus.messages).toBe(2);
      expect(report.corpus.files).toEqual(['x.jsonl 2']);
      expect([report.corpus.byLang.es.messages, report.corpus.byLang.en.messages]).toEqual([1, 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a missing value is a usage error', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--corpus'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--corpus needs a value/);
  });
});
