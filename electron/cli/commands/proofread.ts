import { existsSync, readFileSync } from 'node:fs';
import { resolveDatabasePath } from '../../core/paths';
import { startServices } from '../../core/services';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import { blockText } from '../../../shared/model/document';
import { Uuid, type Draft } from '../../../shared/model/draft';
import { exportFindings, proofread, proofreadParagraphs, type ExportedFinding, type Finding } from '../../../shared/proofread/index';
import { UsageError, type Command } from '../command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: '错误', warning: '提醒', info: '建议' };

interface Checked {
  text: string;
  findings: Finding[];
}

async function checkDraft(draftId: string, db: string | undefined): Promise<Checked> {
  const database = resolveDatabasePath(db);
  if (!existsSync(database)) throw new UsageError(`找不到数据库文件：${database}`);
  const services = startServices(database);
  try {
    const result = await services.dispatch('drafts.get', { draftId });
    if (!result.ok) throw new Error(result.error.message);
    const draft = result.value as Draft;
    const renderField = makeFieldRenderer(draft.fieldDefinitions, draft.fields);
    const paragraphs = draft.content.blocks.map((block) => ({ text: blockText(block, renderField), role: block.role, level: block.level }));
    return { text: paragraphs.map((p) => p.text).join('\n'), findings: proofreadParagraphs(paragraphs) };
  } finally {
    services.close();
  }
}

function checkFile(file: string): Checked {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`读不到文件“${file}”，请检查文件名和路径。`);
  }
  return { text, findings: proofread(text) };
}

/** 「第3行第12列」, counting characters as a clerk sees them. */
function position(text: string, finding: ExportedFinding): string {
  const before = [...text].slice(0, finding.start);
  const line = before.filter((ch) => ch === '\n').length + 1;
  const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
  return `第${line}行第${column}列`;
}

export const proofreadCommand: Command = {
  name: 'proofread',
  summary: '按公文规范校对一份答复函（文本文件或草稿）',
  usage: 'dafu proofread <文件.txt|草稿编号> [--json] [--db FILE]',
  options: { ...jsonOption, ...dbOption },
  allowPositionals: true,
  optionHelp: [jsonOptionHelp, dbOptionHelp],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个文本文件或草稿编号（dafu proofread <文件.txt|草稿编号>）。');
    const [target] = positionals;
    const isDraft = !existsSync(target) && Uuid.safeParse(target).success;
    const { text, findings } = isDraft ? await checkDraft(target, values.db as string | undefined) : checkFile(target);
    const exported = exportFindings(text, findings);
    if (values.json) {
      io.out(JSON.stringify(exported));
      return 0;
    }
    for (const finding of exported) {
      io.out(`${position(text, finding)}  ${SEVERITY_LABELS[finding.severity]}  ${finding.message}  「${finding.excerpt}」`);
    }
    const errors = exported.filter((finding) => finding.severity === 'error').length;
    io.out(exported.length === 0 ? '没有发现问题。' : `共发现 ${exported.length} 处问题，其中错误 ${errors} 处。`);
    return 0;
  },
};
