import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function run(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { ...r, lines: r.stdout.trim().split('\n').map((l) => JSON.parse(l)) };
}

describe('classify CLI contract', () => {
  it('one JSON line per input line, in order, with the contract fields', () => {
    const r = run(['{"id":"a","text":"eres un idiota"}', '{"id":"b","text":"thanks!"}'].join('\n') + '\n');
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const l of r.lines) expect(Object.keys(l)).toEqual(['id', 'lang', 'tone', 'anger', 'flags', 'scores', 'evidence']);
    expect(r.lines[0].flags).toContain('insult');
    expect(r.lines[0].evidence[0]).toMatchObject({ flag: 'insult', start: 8, end: 14 });
  });
  it('a malformed line gives {"id": null, "error"} and processing goes on', () => {
    const r = run('not json\n{"id":"x"}\n[1]\n{"id":"ok","text":"hola"}\n');
    expect(r.lines.length).toBe(4);
    expect(r.lines[0]).toMatchObject({ id: null });
    expect(r.lines[0].error).toMatch(/JSON/);
    expect(r.lines[1].error).toMatch(/text/);
    expect(r.lines[2].error).toMatch(/object/);
    expect(r.lines[3]).toMatchObject({ id: 'ok', lang: 'es' });
  });
});
