import { ApiError } from '../../../shared/api/errors';
import { fingerprintOf } from '../../../shared/signing/port';
import { sm2Port } from '../../../shared/signing/sm2';
import type { ServiceContext } from '../context';
import { openKey, pinProblem, sealKey, WrongPin } from './sealedKey';
import type { KeyVault, SealedKey } from '../../../shared/signing/sealedKeyFormat';

/** Signing asks for the PIN, then remembers the key this long. */
export const REMEMBER_PIN_MS = 5 * 60_000;

export interface UnlockedKey {
  privateKey: string;
  publicKey: string;
}

/** Keys unlocked in this process, by vault and holder, until when. Never written anywhere. */
const unlocked = new Map<string, UnlockedKey & { until: number }>();

/** What the UI and the CLI recognise: a step that needs the PIN, or a key first. */
export const NEEDS_PIN = 'needs-pin';
export const NEEDS_KEY = 'needs-key';

export function vaultOf(ctx: ServiceContext): KeyVault {
  if (!ctx.keyVault) throw new ApiError('unavailable', '这里没有存放个人签名密钥的地方（数据库只在内存中），不能签名。');
  return ctx.keyVault;
}

const slot = (ctx: ServiceContext, holder: string) => `${vaultOf(ctx).where}\u0000${holder}`;

export const personalKey = (ctx: ServiceContext, holder: string): SealedKey | undefined => (ctx.keyVault ? ctx.keyVault.read(holder) : undefined);

/**
 * Makes a user's personal key on this PC: the private half sealed with their PIN in the vault, the
 * public half recorded in the database as made here. A key already there is kept unless `replace`
 * (a forgotten PIN): the old public half stays recorded, so what it signed still shows who signed.
 */
export function createPersonalKey(ctx: ServiceContext, holder: string, pin: string, replace = false): SealedKey {
  const vault = vaultOf(ctx);
  if (!replace && vault.read(holder))
    throw new ApiError('conflict', '您在这台电脑上已有个人签名密钥。忘记签名口令时才需要重新生成，重新生成后须请信息科重新认证。');
  const problem = pinProblem(pin);
  if (problem) throw new ApiError('invalid_input', problem);
  const keys = sm2Port.generate();
  const time = ctx.now().toISOString();
  const sealed = sealKey(keys, holder, pin, time, ctx.kdfCost);
  vault.write(holder, sealed);
  ctx.db.prepare('INSERT OR IGNORE INTO local_keys (public_key, user_id, created_at) VALUES (?, ?, ?)').run(keys.publicKey, holder, time);
  unlocked.set(slot(ctx, holder), { ...keys, until: ctx.now().getTime() + REMEMBER_PIN_MS });
  return sealed;
}

export function unlockPersonalKey(ctx: ServiceContext, holder: string, pin: string): void {
  const sealed = personalKey(ctx, holder);
  if (!sealed) throw new ApiError('conflict', '您在这台电脑上还没有个人签名密钥，请先生成。', [NEEDS_KEY]);
  try {
    const privateKey = openKey(sealed, pin);
    if (sm2Port.publicKeyOf(privateKey) !== sealed.publicKey) throw new WrongPin();
    unlocked.set(slot(ctx, holder), { privateKey, publicKey: sealed.publicKey, until: ctx.now().getTime() + REMEMBER_PIN_MS });
  } catch (error) {
    if (error instanceof WrongPin) throw new ApiError('forbidden', error.message, [NEEDS_PIN]);
    throw error;
  }
}

export const lockPersonalKey = (ctx: ServiceContext, holder: string) => void unlocked.delete(slot(ctx, holder));

/** The holder's key if it is unlocked (and their current key); null when the PIN must be asked. */
export function unlockedKey(ctx: ServiceContext, holder: string): UnlockedKey | null {
  if (!ctx.keyVault) return null;
  const key = unlocked.get(slot(ctx, holder));
  if (!key || key.until <= ctx.now().getTime()) return null;
  return key.publicKey === ctx.keyVault.read(holder)?.publicKey ? key : null;
}

/** The key to sign with now, or the error that makes the UI ask for the PIN (or for a key first). */
export function signingKey(ctx: ServiceContext, holder: string): UnlockedKey {
  const key = unlockedKey(ctx, holder);
  if (key) return key;
  if (!personalKey(ctx, holder))
    throw new ApiError('conflict', '审核、签发都要用您的个人签名密钥签名。您在这台电脑上还没有，请先设置签名口令生成一个。', [NEEDS_KEY]);
  throw new ApiError('forbidden', '请输入您的签名口令（PIN）再继续。', [NEEDS_PIN]);
}

export const keyFingerprint = (publicKey: string) => fingerprintOf(sm2Port, publicKey);
