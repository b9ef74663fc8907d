/** The parts of a 附件说明 line (GB/T 9704 §7.3.4): 「附件：」, the item's number 「1.」, then the name. */
export const ATTACHMENT_LABEL = /^附\s*件\s*[:：]\s*/;
export const ATTACHMENT_NUMBER = /^\d{1,2}\s*[.．、]\s*/;

/**
 * Where the parts stand, in body characters from the 版心's left edge: 左空二字, then a column three
 * characters wide for 「附件：」 (empty on later items, so their numbers stand under 「1.」), then the
 * number, at least one character wide, then the name, under which its wrapped lines continue.
 */
export const ATTACHMENT_CHARS = { lead: 2, label: 3, number: 1 } as const;
