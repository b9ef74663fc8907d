import { existsSync, readFileSync } from 'node:fs';
import { DATABASE_ENV, resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import { letterUnits } from '../../../shared/model/letterUnits';
import { Uuid, type Draft } from '../../../shared/model/draft';
import { exportFindings, proofread, proofreadParagraphs, type ExportedFinding, type Finding, type WordListEntry } from '../../../shared/proofread/index';
import { caseAddressees, knownNames } from '../../../shared/proofread/wordList';
import type { BureauProfile } from '../../../shared/profile/bureauProfile';
import type { BureauLists } from '../../../shared/proofread/lists/bureauLists';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

const SEVERITY_LABELS: Record<Finding['severity'], string> = { error: '错误', warning: '提醒', info: '建议' };

interface Checked {
  text: string;
  findings: Finding[];
}

type Services = ReturnType<typeof startCliServices>;

async function withDatabase<T>(db: string | undefined, use: (services: Services) => Promise<T>): Promise<T> {
  const database = resolveDatabasePath(db);
  if (!existsSync(database)) throw new UsageError(`找不到数据库文件：${database}`);
  const services = startCliServices(database);
  try {
    return await use(services);
  } finally {
    services.close();
  }
}

async function ask<T>(services: Services, ...request: Parameters<Services['dispatch']>): Promise<T> {
  const result = await services.dispatch(...request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The bureau's 词表 with the bureau itself (and the draft's 提案者) as known names, and its own 易混淆词 and 规范表述 rows. */
async function bureauOptions(services: Services, fields?: Draft['fields']): Promise<{ wordList: WordListEntry[]; lists: BureauLists }> {
  const [list, profile, lists] = await Promise.all([
    ask<WordListEntry[]>(services, 'wordList.get', {}),
    ask<BureauProfile>(services, 'profile.get', {}),
    ask<BureauLists>(services, 'bureauLists.get', {}),
  ]);
  return { wordList: knownNames(list, profile, fields), lists };
}

function checkDraft(draftId: string, db: string | undefined): Promise<Checked> {
  return withDatabase(db, async (services) => {
    const draft = await ask<Draft>(services, 'drafts.get', { draftId });
    const renderField = makeFieldRenderer(draft.fieldDefinitions, draft.fields);
    // A table's cells are units of their own: no rule reads across a cell boundary.
    const paragraphs = letterUnits(draft.content, renderField).map(({ text, role, level }) => ({ text, role, level }));
    const bureau = await bureauOptions(services, draft.fields);
    const ofCase = await ask<{ proposers: string[]; number: string | null }>(services, 'cases.ofDraft', { draftId });
    return {
      text: paragraphs.map((p) => p.text).join('\n'),
      findings: proofreadParagraphs(paragraphs, {
        ...bureau,
        addressees: caseAddressees(draft.fields, ofCase.proposers),
        ...(ofCase.number === null ? {} : { caseNumber: ofCase.number }),
      }),
    };
  });
}

/** A text file is checked against the word list and lists of the database --db (or DAFU_DB) names, when one is named. */
async function checkFile(file: string, db: string | undefined): Promise<Checked> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`读不到文件“${file}”，请检查文件名和路径。`);
  }
  const named = db ?? process.env[DATABASE_ENV];
  const bureau = named ? await withDatabase(named, (services) => bureauOptions(services)) : {};
  return { text, findings: proofread(text, bureau) };
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
    const db = values.db as string | undefined;
    const { text, findings } = isDraft ? await checkDraft(target, db) : await checkFile(target, db);
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
