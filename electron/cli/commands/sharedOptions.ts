import type { OptionSpec } from '../common/command';

export const dbOption: OptionSpec = { db: { type: 'string' } };
export const dbOptionHelp: [string, string] = ['--db FILE', '使用这个数据库文件（也可用环境变量 DAFU_DB 指定）'];
export const jsonOption: OptionSpec = { json: { type: 'boolean' } };
export const jsonOptionHelp: [string, string] = ['--json', '以 JSON 输出，供脚本使用'];
