import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import type { CallOutput } from '../../../shared/api/contract';
import { PrintSettingsSchema, type PrintSettings } from '../../../shared/print/settings';
import { layoutOptions } from '../../../shared/print/renderPrint';
import { fontDisplayName } from '../../../shared/print/fonts';
import { signoffNotice, STRANDED_WARNING } from '../../../shared/print/signoffNotice';
import { turnedNotice } from '../../../shared/print/turnedNotice';
import { resolveChromium } from '../../print/chromiumPath';
import { launchPrintBrowser, renderPdf } from '../../print/renderPdf';
import { UsageError, type Command, type PdfPrinter } from '../common/command';
import { dbOption, dbOptionHelp } from './sharedOptions';

function settingsFrom(values: Record<string, unknown>): PrintSettings {
  const parsed = PrintSettingsSchema.safeParse({
    signature: values.unsealed ? 'unsealed' : 'sealed',
    format: values.letter ? 'letter' : 'ordinary',
    mirrorMargins: Boolean(values.mirror),
    documentHeader: Boolean(values.header),
    copyNumber: values.copy,
    secrecy: values.secret,
    secrecyTerm: values.term,
    urgency: values.urgent,
    upward: Boolean(values.upward),
  });
  if (!parsed.success) throw new UsageError(`${parsed.error.issues.map((issue) => issue.message).join('；')}。`);
  return parsed.data;
}

export const pdfCommand: Command = {
  name: 'pdf',
  summary: '按党政机关公文格式（GB/T 9704）把草稿排成 A4 页面，导出 PDF',
  usage:
    'dafu pdf DRAFT-ID -o OUT.pdf [--db FILE] [--chromium PATH] [--letter] [--unsealed] [--mirror] [--header] [--copy N] [--secret 密级 [--term 期限]] [--urgent 紧急程度] [--upward]',
  options: {
    ...dbOption,
    out: { type: 'string', short: 'o' },
    chromium: { type: 'string' },
    letter: { type: 'boolean' },
    unsealed: { type: 'boolean' },
    mirror: { type: 'boolean' },
    header: { type: 'boolean' },
    copy: { type: 'string' },
    secret: { type: 'string' },
    term: { type: 'string' },
    urgent: { type: 'string' },
    upward: { type: 'boolean' },
  },
  allowPositionals: true,
  optionHelp: [
    ['-o OUT.pdf', '写到这个 PDF 文件'],
    dbOptionHelp,
    ['--chromium PATH', '用这个浏览器程序排版（也可用 DAFU_CHROMIUM；默认用系统的 chromium）'],
    ['--letter', '信函格式：版头机关名称和红色双线，首页不标页码，版记不加分隔线'],
    ['--unsealed', '不加盖印章的落款：署名右空二字'],
    ['--mirror', '双面印刷：偶数页订口在右'],
    ['--header', '文件格式版头：红色发文机关标志、发文字号和红色分隔线'],
    ['--copy N', '份号（1 到 6 位数字，印成 6 位）'],
    ['--secret 密级', '密级：秘密、机密或绝密；--term 保密期限，如 1年'],
    ['--urgent 紧急程度', '紧急程度：加急或特急'],
    ['--upward', '上行文：在发文字号一行印签发人（取自已验证的签发记录）'],
  ],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一份草稿的编号（dafu pdf DRAFT-ID -o OUT.pdf）。');
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('请用 -o 给出要写入的 PDF 文件名。');
    const target = resolve(out);
    if (!existsSync(dirname(target))) throw new UsageError(`要写入的文件夹不存在：${dirname(target)}`);
    const settings = settingsFrom(values);
    const printer = io.pdfPrinter ?? chromiumPrinter(resolveChromium(values.chromium as string | undefined));

    const services = startCliServices(resolveDatabasePath(values.db as string | undefined));
    let render: CallOutput<'print.render'>;
    try {
      const result = await services.dispatch('print.render', { draftId: positionals[0], settings });
      if (!result.ok) throw new Error(result.error.message);
      render = result.value as CallOutput<'print.render'>;
    } finally {
      services.close();
    }

    const { pdf, report } = await printer({ ...render, layout: layoutOptions(settings) });
    writeFileSync(target, pdf);
    io.out(`已导出《${render.title}》：${target}（${report.pages} 页）`);
    if (render.unfilled.length > 0) io.err(`注意：还有字段没有填写，PDF 里印的是占位符：${render.unfilled.join('、')}`);
    for (const font of report.fonts.filter((use) => use.fallback)) {
      io.err(`注意：本机没有${font.label}字体，用 ${font.resolved ? fontDisplayName(font.resolved) : '系统默认字体'} 代替。`);
    }
    const notice = signoffNotice(report);
    if (notice) io.out(notice);
    const turned = turnedNotice(report);
    if (turned) io.out(turned);
    if (report.stranded) io.err(`注意：${STRANDED_WARNING}`);
    return 0;
  },
};

/** `dafu` under Node: a local Chromium, started for this one letter. */
function chromiumPrinter(executablePath: string): PdfPrinter {
  return async (render) => {
    const browser = await launchPrintBrowser(executablePath);
    try {
      return await renderPdf(browser, render);
    } finally {
      await browser.close();
    }
  };
}
