import type { ImportReport } from './reviewSchemas';
import { TRANSITIONS } from './reviewStates';
import { unverifiedReason, verdictLabel } from './verdicts';

const localTime = (instant: string) => {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleString('zh-CN', { hour12: false });
};

/** One line per carried event that did not count here: which step, whom it claims, and why it did not count. */
export function notCountedLines(report: Pick<ImportReport, 'notCounted'>): string[] {
  return report.notCounted.map(({ action, actor, actorUnit, time, verdict }) => {
    const step = `「${TRANSITIONS[action].label}」（记录写的是${actor}${actorUnit ? `（${actorUnit}）` : ''}，${localTime(time)}）`;
    const reason = unverifiedReason(verdict);
    if (reason) return `未验证：${step}，${reason}。这一步没有计入。`;
    return `${verdictLabel(verdict)}：${step}。这一步没有计入。`;
  });
}

/** Why the package's newer text did not become the current text here. */
export const heldBackLine = (report: Pick<ImportReport, 'heldBack'>) =>
  report.heldBack && `导入的修改未能核实签名（${report.heldBack}），没有替换本机的当前稿，标为「待合并」，请核对后再合并。`;
