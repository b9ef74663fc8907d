import type { CaseKind } from './caseModel';

/** 「第011号」, 「011」 and 「11」 are the same case number; a number without digits is kept as written. */
export function numberKey(number: string): string {
  const digits = number.replace(/\s/g, '').match(/\d+/g);
  if (!digits) return number.replace(/\s/g, '');
  return digits.map((run) => run.replace(/^0+(?=\d)/, '')).join('-');
}

/** 「十三届第三次会议」 and 「十三届三次会议」 name the same session. */
export function sessionKey(session: string): string {
  return session.replace(/[\s第]/g, '').replace(/会议$/, '');
}

/** The duplicate key of a case: the same kind, session and number is the same case. */
export function caseKey(kind: CaseKind, session: string, number: string): string {
  return `${kind}|${sessionKey(session)}|${numberKey(number)}`;
}
