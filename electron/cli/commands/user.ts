import { type Command } from '../common/command';
import { describeUser, parsePermissions, parseRole } from './people';
import { dbOption, dbOptionHelp } from './sharedOptions';
import { withSigning } from './signingSession';

const USAGE = 'dafu user [--name 姓名 --unit 科室 --role 起草|审核|签发 [--permission 代录签发] [--id 用户编号]] [--db FILE]';

/** Who is at this PC, as the 切换用户 dialog says it: review steps are signed as this user. */
export const userCommand: Command = {
  name: 'user',
  summary: '显示或设置这台电脑的当前用户（审核、签发都以当前用户的名义签名）',
  usage: USAGE,
  options: {
    name: { type: 'string' },
    unit: { type: 'string' },
    role: { type: 'string' },
    permission: { type: 'string', multiple: true },
    id: { type: 'string' },
    ...dbOption,
  },
  optionHelp: [
    ['--name 姓名', '设置当前用户：姓名'],
    ['--unit 科室', '科室'],
    ['--role 角色', '起草、审核或签发'],
    ['--permission 权限', '代录签发（只在本机有效；单位认证的权限以单位密钥清单为准）'],
    ['--id 编号', '用已有的用户编号（信息科注册时给的，或另一台电脑上的）'],
    dbOptionHelp,
  ],
  async run({ values }, io) {
    const setting = values.name !== undefined || values.role !== undefined || values.id !== undefined;
    return withSigning(
      values.db as string | undefined,
      async (call) => {
        if (setting) {
          const user = await call('users.set', {
            id: values.id as string | undefined,
            name: String(values.name ?? ''),
            unit: String(values.unit ?? ''),
            role: parseRole(values.role),
            permissions: parsePermissions(values.permission),
          });
          io.out(`当前用户：${describeUser(user)}，用户编号 ${user.id}`);
          return 0;
        }
        const user = await call('users.current', {});
        io.out(
          user ? `当前用户：${describeUser(user)}，用户编号 ${user.id}` : '这台电脑还没有填写当前用户。用 dafu user --name 姓名 --unit 科室 --role 起草 设置。',
        );
        return 0;
      },
      { mustExist: !setting },
    );
  },
};
