import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { tamperRows } from '../../testing/tamper';

describe('migration 10: checksums on the tables that decide trust', () => {
  it('refuses to sign with a key whose holder was changed on disk, naming what is damaged', async () => {
    const { ctx, handlers } = makeTestContext();
    await handlers['users.set']({ name: '王晶', unit: '办公室', role: 'drafter' });
    await handlers['keys.create']({ pin: '730915' });
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });

    tamperRows(ctx.db, 'local_keys', 'user_id = ?', '1 = 1', '00000000-0000-4000-8000-000000000000');

    await expect(async () => handlers['review.transition']({ draftId: draft.id, action: 'submit' })).rejects.toThrow(
      /本机签名密钥.*已损坏|已损坏.*本机签名密钥/,
    );
  });
});
