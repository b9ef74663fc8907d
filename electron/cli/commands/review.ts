import { REVIEW_STATE_LABELS, Uuid } from '../../../shared/model/draft';
import { sendChoices } from '../../../shared/trust/recipientChoices';
import type { Recipient } from '../../../shared/review/reviewEvent';
import { TRANSITIONS, type ReviewAction } from '../../../shared/review/reviewStates';
import { verdictLabel } from '../../../shared/review/verdicts';
import { UsageError, type CliIo, type Command, type ParsedArgs } from '../common/command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';
import { withSigning, type Call } from './signingSession';

const USAGE = [
  'dafu review submit|approve|return|sign|withdraw|issue <草稿编号> [--reason 理由] [--to 用户编号|本科室] [--db FILE]',
  'dafu review record-paper-sign <草稿编号> --signer 签发领导 --signed-on YYYY-MM-DD [--db FILE]',
  'dafu review log <草稿编号> [--json] [--db FILE]',
].join('\n    ');

const STEPS: Record<string, ReviewAction> = {
  submit: 'submit',
  approve: 'approve',
  return: 'return',
  sign: 'sign',
  withdraw: 'withdrawSign',
  issue: 'issue',
  'record-paper-sign': 'paperSign',
};

const TO_USAGE: Partial<Record<ReviewAction, string>> = { submit: ' [--to 用户编号|本科室]', approve: ' [--to 用户编号]' };

const localTime = (instant: string) => new Date(instant).toLocaleString('zh-CN', { hour12: false });
const today = () => new Date().toLocaleDateString('sv-SE');

function draftIdOf(positionals: string[], step: string): string {
  if (positionals.length !== 1) throw new UsageError(`请给出一个草稿编号（dafu review ${step} <草稿编号>）。`);
  const [draftId] = positionals;
  if (!Uuid.safeParse(draftId).success) throw new UsageError(`“${draftId}”不是草稿编号。草稿编号形如 5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d。`);
  return draftId;
}

const recipientNames = (recipients: readonly Recipient[]) =>
  recipients.map((recipient) => ('unit' in recipient ? `${recipient.unit}全部审核人` : recipient.name)).join('、');

async function printLog(call: Call, draftId: string, io: CliIo, json: boolean): Promise<void> {
  const status = await call('review.status', { draftId });
  if (json) return io.out(JSON.stringify(status));
  if (status.log.length === 0) io.out('还没有审核记录。');
  for (const event of status.log) {
    const extra = [
      event.reason && `理由：${event.reason}`,
      event.signer && `签发人：${event.signer}，${event.signedOn}`,
      event.sentTo && `送 ${recipientNames(event.sentTo)}`,
    ]
      .filter(Boolean)
      .join('，');
    io.out(
      `${localTime(event.time)}  ${event.actor}（${event.actorUnit || '未填科室'}）${TRANSITIONS[event.action].label}${extra ? `（${extra}）` : ''}  ${verdictLabel(event.verdict)}`,
    );
  }
  io.out(`当前状态：${REVIEW_STATE_LABELS[status.state]}`);
}

const OUR_UNIT = '本科室';

/**
 * Whom `--to` sends the step to: one of the choices the window's 「送审核：」/「送签发：」 offers, named by
 * user id, or 本科室 for all of the 科室's reviewers.
 */
async function recipientsOf(call: Call, action: ReviewAction, to: string | undefined): Promise<Recipient[] | undefined> {
  if (to === undefined) return undefined;
  if (action !== 'submit' && action !== 'approve') throw new UsageError('--to 只用于 submit（送审核）和 approve（送签发）。');
  const { unit, options } = await call('inbox.recipients', {});
  if (to === OUR_UNIT && action !== 'submit') throw new UsageError('审核通过要送给一位签发人：--to 用户编号。');
  if (to === OUR_UNIT && !unit) throw new UsageError('当前用户没有填科室，不能送本科室全部审核人（dafu user --unit 科室）。');
  const choices = sendChoices(action, options, unit);
  const typed = ([recipient]: Recipient[]) => ('unit' in recipient ? OUR_UNIT : recipient.userId);
  const chosen = choices.find((choice) => typed(choice.sentTo) === to);
  if (chosen) return chosen.sentTo;
  if (choices.length === 0) throw new UsageError('单位密钥清单里还没有可选的人（dafu keys import-list 导入清单，或连接单位服务器后同步）。');
  const missing =
    to === OUR_UNIT ? '本科室的审核人不止一位时才能送本科室全部审核人' : `单位密钥清单里没有这位${action === 'submit' ? '审核人' : '签发人'}：${to}`;
  throw new UsageError(`${missing}。可选：\n    ${choices.map((choice) => `${choice.label}：${typed(choice.sentTo)}`).join('\n    ')}`);
}

async function takeStep(step: string, { values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  const draftId = draftIdOf(positionals, step);
  const action = STEPS[step];
  const reason = values.reason as string | undefined;
  if (action === 'paperSign' && (!values.signer || !values['signed-on']))
    throw new UsageError('代录签发须写明 --signer 签发领导 和 --signed-on 纸面签发日期（YYYY-MM-DD）。');
  if (values['signed-on'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(values['signed-on'])))
    throw new UsageError('--signed-on 要写成 YYYY-MM-DD，如 2026-05-26。');
  return withSigning(values.db as string | undefined, async (call) => {
    const user = await call('users.current', {});
    if (!user) throw new UsageError('请先设置当前用户：dafu user --name 姓名 --unit 科室 --role 起草');
    const signs = action === 'sign' || action === 'paperSign';
    const sentTo = await recipientsOf(call, action, values.to as string | undefined);
    const status = await call('review.transition', {
      draftId,
      action,
      reason,
      signer: signs ? String(values.signer ?? user.name) : undefined,
      signedOn: signs ? String(values['signed-on'] ?? today()) : undefined,
      sentTo,
    });
    const event = status.log.at(-1)!;
    const to = event.sentTo ? `，送 ${recipientNames(event.sentTo)}` : '';
    io.out(`已${TRANSITIONS[action].label}：「${draftId}」${to}，以 ${event.actor} 的名义签名，${verdictLabel(event.verdict)}。`);
    io.out(`当前状态：${REVIEW_STATE_LABELS[status.state]}`);
    return 0;
  });
}

/** Review steps from the command line, each signed as the current user with their personal key. */
export const reviewCommand: Command = {
  name: 'review',
  summary: '审核步骤（提交、审核通过、退回、签发、撤回签发、印发、代录签发），以当前用户的个人密钥签名；查看审核记录及核验结果',
  usage: USAGE,
  options: { reason: { type: 'string' }, signer: { type: 'string' }, 'signed-on': { type: 'string' }, to: { type: 'string' }, ...jsonOption, ...dbOption },
  allowPositionals: true,
  subcommands: Object.fromEntries([
    ...Object.entries(STEPS).map(([step, action]) => [
      step,
      action === 'paperSign'
        ? {
            usage: 'dafu review record-paper-sign <草稿编号> --signer 签发领导 --signed-on YYYY-MM-DD [--db FILE]',
            summary: '代录签发：秘书录入领导在纸面上的签发。须有信息科授予的代录签发权限；以秘书本人的密钥签名，记下签发领导和日期。',
          }
        : {
            usage: `dafu review ${step} <草稿编号>${TRANSITIONS[action].needsReason ? ' --reason 理由' : ' [--reason 说明]'}${action === 'sign' ? ' [--signed-on YYYY-MM-DD]' : ''}${TO_USAGE[action] ?? ''} [--db FILE]`,
            summary: `${TRANSITIONS[action].label}：以当前用户的个人密钥签名。`,
          },
    ]),
    [
      'log',
      {
        usage: 'dafu review log <草稿编号> [--json] [--db FILE]',
        summary: '审核记录，每条旁边是本机的核验结果（已验证、本机签名、未验证及原因、未签名（旧版本）、撤销后收到，需核实、冲突）。',
      },
    ],
  ]),
  optionHelp: [
    ['--reason 理由', '退回、撤回签发须写明理由；其他步骤可选'],
    ['--signer 姓名', '签发人（sign 默认为当前用户；record-paper-sign 写纸面签发的领导）'],
    ['--signed-on 日期', '签发日期 YYYY-MM-DD（sign 默认为今天）'],
    [
      '--to 用户编号|本科室',
      'submit 送给哪位审核人（本科室：本科室全部审核人，以后加入的也算，审核人不止一位时可用）；approve 送给哪位签发人。不写时同没有服务器时一样',
    ],
    jsonOptionHelp,
    dbOptionHelp,
    ['', '签名口令从环境变量 DAFU_PIN 读取；没有设置时在终端询问'],
  ],
  async run(args, io) {
    const [step, ...rest] = args.positionals;
    if (step === 'log')
      return withSigning(
        args.values.db as string | undefined,
        async (call) => (await printLog(call, draftIdOf(rest, 'log'), io, Boolean(args.values.json)), 0),
      );
    if (step === undefined || !(step in STEPS))
      throw new UsageError(`请写明审核步骤：submit、approve、return、sign、withdraw、issue、record-paper-sign 或 log（dafu review --help）`);
    return takeStep(step, { values: args.values, positionals: rest }, io);
  },
};
