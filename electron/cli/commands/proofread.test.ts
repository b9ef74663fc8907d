import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import { documentText } from '../../../shared/model/document';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import type { Draft } from '../../../shared/model/draft';
import type { ExportedFinding } from '../../../shared/proofread/index';
import { startServices } from '../../app/services';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

const workspace = () => mkdtempSync(join(tmpdir(), 'dafu-proofread-'));
const slice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('dafu proofread', () => {
  it('prints findings of a text file as JSON with code-point offsets, and exits 0', async () => {
    const file = join(workspace(), '答复.txt');
    // 𠮷 lies outside the BMP: every offset after it differs between code points and UTF-16 units.
    const text = '𠮷祥代表：\n您提出的建议》(第011)已收悉。\n2022,柳州新能源汽车产量66.7万辆。';
    writeFileSync(file, text, 'utf8');
    const { io, out } = fakeIo();
    expect(await runCli(['proofread', file, '--json'], io)).toBe(0);
    const findings = JSON.parse(out.join('\n')) as ExportedFinding[];
    const found = findings.map((f) => [f.rule, slice(text, f.start, f.end)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['pair-unopened', '》'],
        ['proposal-number-hao', '第011'],
        ['year-missing-nian', '2022'],
        ['halfwidth-punct', ','],
      ]),
    );
    const hao = findings.find((f) => f.rule === 'proposal-number-hao')!;
    expect(hao).toMatchObject({ severity: 'error', fix: '第011号' });
    expect(hao.excerpt).toContain('第011');
  });

  it('says in plain words when a file has no problems, still exiting 0', async () => {
    const file = join(workspace(), 'clean.txt');
    writeFileSync(file, '九三学社柳州市委员会：\n贵单位提出的建议收悉。现答复如下：', 'utf8');
    const { io, out } = fakeIo();
    expect(await runCli(['proofread', file], io)).toBe(0);
    expect(out).toEqual(['没有发现问题。']);
  });

  it('checks a stored draft as documentText renders it with its fields', async () => {
    const db = join(workspace(), 'dafu.sqlite3');
    const services = startServices(db);
    const created = await services.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    services.close();
    if (!created.ok) throw new Error(created.error.message);
    const draft = created.value as Draft;
    const text = documentText(draft.content, makeFieldRenderer(draft.fieldDefinitions, draft.fields));

    const { io, out } = fakeIo();
    expect(await runCli(['proofread', draft.id, '--json', '--db', db], io)).toBe(0);
    const findings = JSON.parse(out.join('\n')) as ExportedFinding[];
    const unfilled = findings.filter((f) => f.rule === 'unfilled-field');
    expect(unfilled.length).toBeGreaterThan(0);
    for (const finding of unfilled) expect(slice(text, finding.start, finding.end)).toMatch(/^〔.+〕$/);
  });

  it('checks names against the word list and the bureau profile of the database --db names', async () => {
    const db = join(workspace(), 'dafu.sqlite3');
    const services = startServices(db);
    await services.dispatch('wordList.save', { entries: [{ name: '九三学社柳州市委员会', kind: 'organisation' }] });
    await services.dispatch('profile.save', { ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局' });
    services.close();
    const file = join(workspace(), '答复.txt');
    const text = '九三学社柳州市委会：\n贵单位提出的建议收悉，柳州市市场监管管理局高度重视。现答复如下：';
    writeFileSync(file, text, 'utf8');

    const { io, out } = fakeIo();
    expect(await runCli(['proofread', file, '--json', '--db', db], io)).toBe(0);
    const findings = (JSON.parse(out.join('\n')) as ExportedFinding[]).filter((f) => f.rule === 'name-near-miss');
    expect(findings.map((f) => [slice(text, f.start, f.end), f.fix])).toEqual([
      ['九三学社柳州市委会', '九三学社柳州市委员会'],
      ['柳州市市场监管管理局', '柳州市市场监督管理局'],
    ]);
    const withoutList = fakeIo();
    await runCli(['proofread', file, '--json'], withoutList.io);
    expect((JSON.parse(withoutList.out.join('\n')) as ExportedFinding[]).some((f) => f.rule === 'name-near-miss')).toBe(false);
  });

  it('exits non-zero with one Chinese line when it cannot check', async () => {
    const { io, err } = fakeIo();
    expect(await runCli(['proofread', join(workspace(), 'missing.txt')], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('读不到文件');

    const db = join(workspace(), 'dafu.sqlite3');
    startServices(db).close();
    const unknown = fakeIo();
    expect(await runCli(['proofread', '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', '--db', db], unknown.io)).toBe(1);
    expect(unknown.err).toHaveLength(1);
  });
});
