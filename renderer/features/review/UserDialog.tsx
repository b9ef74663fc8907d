import { useState } from 'react';
import { USER_ROLE_LABELS, USER_ROLES, type User, type UserInput, type UserRole } from '../../../shared/review/users';
import { Dialog } from '../../components/Dialog';

interface Props {
  current: User | null;
  known: User[];
  onSave: (user: UserInput) => void;
  onClose: () => void;
}

/**
 * 您是谁 on first start: shown above the letter rather than as a modal, so that drafting is never
 * blocked by it; review steps and comments ask for it when it is still missing.
 */
export function FirstUserPrompt({ onSave }: Pick<Props, 'onSave'>) {
  return (
    <section className="review-whoami" aria-label="您是谁">
      <UserFields current={null} known={[]} onSave={onSave} intro="第一次使用：请填写您的姓名、科室和角色。批注、审核和签发都会记下是谁、什么时候做的。" />
    </section>
  );
}

/** 切换用户 on a shared PC. */
export function UserDialog({ current, known, onSave, onClose }: Props) {
  return (
    <Dialog title="切换用户" onClose={onClose}>
      <UserFields current={current} known={known} onSave={onSave} intro="批注、审核和签发都会记下是谁、什么时候做的。" />
    </Dialog>
  );
}

function UserFields({ current, known, onSave, intro }: Omit<Props, 'onClose'> & { intro: string }) {
  const [name, setName] = useState(current?.name ?? '');
  const [unit, setUnit] = useState(current?.unit ?? '');
  const [role, setRole] = useState<UserRole>(current?.role ?? 'drafter');
  const [paperSign, setPaperSign] = useState(current?.permissions.includes('paperSign') ?? false);
  const others = known.filter((user) => user.id !== current?.id);
  const save = () => name.trim() && onSave({ name: name.trim(), unit: unit.trim(), role, permissions: paperSign ? ['paperSign'] : [] });
  return (
    <div className="review-user-fields">
      <p>{intro}</p>
      {others.length > 0 && (
        <p className="review-users">
          最近用过：
          {others.map((user) => (
            <button key={user.id} type="button" onClick={() => onSave(user)}>
              {user.name}（{user.unit || '未填科室'}，{USER_ROLE_LABELS[user.role]}）
            </button>
          ))}
        </p>
      )}
      <label>
        姓名
        <input aria-label="姓名" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        科室
        <input aria-label="科室" value={unit} onChange={(event) => setUnit(event.target.value)} />
      </label>
      <fieldset>
        <legend>角色</legend>
        {USER_ROLES.map((option) => (
          <label key={option}>
            <input type="radio" name="review-role" checked={role === option} onChange={() => setRole(option)} />
            {USER_ROLE_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={paperSign} onChange={(event) => setPaperSign(event.target.checked)} />
        代录签发（秘书录入领导在纸面上的签发；单位认证的权限以信息科的密钥清单为准）
      </label>
      <button type="button" onClick={save} disabled={!name.trim()}>
        确定
      </button>
    </div>
  );
}
