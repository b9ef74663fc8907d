import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, paragraph, placeCaretAfter, waitUntilSaved } from './support/letter';
import { liuzhou2023Letter } from '../shared/structure/fixtures/liuzhou2023';
import { pastedReplyExcerpt } from '../shared/structure/fixtures/pastedExcerpt';

async function pastePlainText(page: Page, text: string) {
  await letterBody(page).evaluate((root, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** A new reply from the template, and plain lines pasted into a fresh paragraph after 专此答复. */
async function pasteIntoNewReply(page: Page) {
  await createDraftFromTemplate(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  await pastePlainText(page, pastedReplyExcerpt);
}

const fieldInput = (page: Page, label: string) => page.getByRole('region', { name: '填写要素' }).getByLabel(label, { exact: true });

test('pasted plain text goes in as pasted; 按公文结构识别 structures it, fills empty fields, one undo brings the paste and the empty fields back, redo both again', async ({
  page,
  app: _app,
}) => {
  await pasteIntoNewReply(page);

  const offer = page.getByRole('status', { name: '粘贴识别' });
  await expect(offer.getByRole('button', { name: '按公文结构识别' })).toBeVisible();
  await expect(paragraph(page, '2023年5月26日')).toHaveAttribute('data-role', 'body');
  await expect(fieldInput(page, '提案者')).toHaveValue('');

  await offer.getByRole('button', { name: '按公文结构识别' }).click();
  await expect(offer).toContainText('提案者');
  await expect(fieldInput(page, '提案者')).toHaveValue('九三学社柳州市委员会');
  await expect(paragraph(page, '加强部门协作')).toHaveAttribute('data-level', '1');
  await expect(paragraph(page, '完善工作机制')).toHaveAttribute('data-level', '2');
  await expect(paragraph(page, '2023年5月26日')).toHaveAttribute('data-role', 'date');
  await expect(paragraph(page, '抄送：市政协提案委员会')).toHaveAttribute('data-role', 'cc');
  // the pasted 主送 is now the 提案者 field, and so is the template's own
  await expect(letterBody(page).locator('p[data-role="addressee"] [data-field="proposer"]')).toHaveCount(2);

  await page.keyboard.press('Control+z');
  await expect(paragraph(page, '2023年5月26日')).toHaveAttribute('data-role', 'body');
  await expect(paragraph(page, '抄送：市政协提案委员会')).toHaveAttribute('data-role', 'body');
  await expect(letterBody(page).locator('p[data-role="addressee"] [data-field="proposer"]')).toHaveCount(1);
  await expect(letterBody(page).locator('p[data-role="body"]', { hasText: /^九三学社柳州市委员会：$/ })).toHaveCount(1);
  await expect(fieldInput(page, '提案者')).toHaveValue('');
  await expect(letterBody(page).locator('[data-field="proposer"].letter-field--unfilled')).toHaveCount(1);
  await expect(offer).toBeHidden();

  await page.keyboard.press('Control+y');
  await expect(paragraph(page, '2023年5月26日')).toHaveAttribute('data-role', 'date');
  await expect(paragraph(page, '加强部门协作')).toHaveAttribute('data-level', '1');
  await expect(fieldInput(page, '提案者')).toHaveValue('九三学社柳州市委员会');
  await expect(letterBody(page).locator('p[data-role="addressee"] [data-field="proposer"]')).toHaveCount(2);
  await expect(letterBody(page).locator('[data-field="proposer"].letter-field--unfilled')).toHaveCount(0);
  await waitUntilSaved(page);
});

test('after 按公文结构识别, what the recogniser read differently is shown to check, as on import', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  await pastePlainText(page, pastedReplyExcerpt.replace('2023年5月26日', '2023526'));
  const offer = page.getByRole('status', { name: '粘贴识别' });
  await offer.getByRole('button', { name: '按公文结构识别' }).click();
  await expect(offer).toContainText('请核对：成文日期写成了「2023526」，格式不对，已按「2023年5月26日」识别，请核对。');
  await expect(fieldInput(page, '成文日期')).toHaveValue('2023年5月26日');
  await offer.getByRole('button', { name: '知道了' }).click();
  await expect(offer).toBeHidden();
});

test('「不用了」 or simply typing on leaves a plain paste as it is', async ({ page, app: _app }) => {
  await pasteIntoNewReply(page);
  const offer = page.getByRole('status', { name: '粘贴识别' });
  await expect(offer).toBeVisible();
  await page.keyboard.type('另');
  await expect(offer).toBeHidden();
  await expect(paragraph(page, '2023年5月26日')).toHaveAttribute('data-role', 'body');

  await pastePlainText(page, '第一行\n第二行');
  await offer.getByRole('button', { name: '不用了' }).click();
  await expect(offer).toBeHidden();
  await expect(paragraph(page, '第二行')).toHaveAttribute('data-role', 'body');
});

test('a .txt letter dropped on the draft list becomes a new structured draft', async ({ page, app: _app }) => {
  await page
    .getByRole('complementary')
    .first()
    .evaluate((side, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], '拖入的答复.txt', { type: 'text/plain' }));
      side.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      side.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, liuzhou2023Letter);
  await expect(letterBody(page)).toContainText('现答复如下');
  await expect(letterBody(page).locator('p[data-role="heading"]').first()).toBeVisible();
  await expect(page.locator('[data-field="proposer"]').first()).toHaveText('九三学社柳州市委员会');
  await expect(page.getByRole('list', { name: '草稿列表' })).toContainText('关于对柳州市政协十三届三次会议第011号提案的答复');
});

test('取号 in two drafts gives consecutive numbers of the series, and the 发文登记 lists both', async ({ page, app: _app }) => {
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /单位信息/ }).click();
  const profile = page.getByRole('dialog', { name: '单位信息' });
  await profile.getByLabel('发文字号格式').fill('柳市监函〔{年}〕{号}号');
  await profile.getByRole('button', { name: '保存' }).click();
  const year = new Date().getFullYear();

  await createDraftFromTemplate(page);
  await page.getByRole('button', { name: '取号', exact: true }).click();
  await expect(fieldInput(page, '发文字号')).toHaveValue(`柳市监函〔${year}〕1号`);
  await waitUntilSaved(page);

  await createDraftFromTemplate(page);
  // The new draft's form replaces the first one's: its 发文字号 is still empty.
  await expect(fieldInput(page, '发文字号')).toHaveValue('');
  await page.getByRole('button', { name: '取号', exact: true }).click();
  await expect(fieldInput(page, '发文字号')).toHaveValue(`柳市监函〔${year}〕2号`);

  await page.getByRole('button', { name: '发文登记', exact: true }).click();
  const register = page.getByRole('dialog', { name: '发文登记' }).getByRole('table', { name: '已取的发文字号' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await expect(register).toContainText(`柳市监函〔${year}〕1号`);
  await expect(register).toContainText(`柳市监函〔${year}〕2号`);

  await register.getByRole('row', { name: /〕1号/ }).getByRole('button', { name: '作废' }).click();
  await register.getByLabel(/作废「.*1号」的原因/).fill('发文取消');
  await register.getByRole('button', { name: '确认作废' }).click();
  await expect(register.getByRole('row', { name: /〕1号/ })).toContainText('已作废');
  await expect(register.getByRole('row', { name: /〕1号/ })).toContainText('发文取消');
});
