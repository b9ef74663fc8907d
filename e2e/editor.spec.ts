import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, paragraph, placeCaretAfter, placeCaretBefore, typeNewParagraphAfter, waitUntilSaved } from './support/letter';

test('a clerk adds a section heading, sets its level and renumbers the headings', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '（一）', '五、加强部门协作');
  await page.keyboard.press('Control+Alt+2');
  await expect(paragraph(page, '加强部门协作')).toHaveAttribute('data-level', '2');

  await page.keyboard.press('Control+Alt+N');
  await expect(paragraph(page, '加强部门协作')).toHaveText('（二）加强部门协作');
  await expect(paragraph(page, '第二项措施')).toHaveText(/^（三）/);
  await expect(paragraph(page, '下一步工作打算')).toHaveText(/^三、/);

  await page.keyboard.press('Control+z');
  await expect(paragraph(page, '加强部门协作')).toHaveText('五、加强部门协作');
});

test('bold text survives a save and a reload', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText('此件公开发布');
  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await expect(letterBody(page).locator('strong, .letter-bold', { hasText: '此件公开发布' })).toBeVisible();
});

test('undo still works after the working copy was autosaved', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await typeNewParagraphAfter(page, '专此答复', '第一句话。');
  await waitUntilSaved(page);
  await page.keyboard.insertText('第二句话。');
  await waitUntilSaved(page);
  await page.keyboard.press('Control+z');
  await expect(letterBody(page)).not.toContainText('第二句话。');
  await expect(letterBody(page)).toContainText('第一句话。');
  await page.keyboard.press('Control+y');
  await expect(letterBody(page)).toContainText('第一句话。第二句话。');
});

test('typing through an IME next to a heading and a field is neither split nor saved half-way', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  const cdp = await page.context().newCDPSession(page);

  await placeCaretAfter(page, '一、基本情况');
  for (const partial of ['j', 'ji', 'jia', 'jian', 'jiang']) {
    await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
  }
  await page.waitForTimeout(1500);
  await expect(page.getByRole('status')).not.toHaveText(/已保存/);
  await cdp.send('Input.insertText', { text: '监管' });
  await expect(paragraph(page, '一、基本情况')).toHaveText('一、基本情况监管');

  await placeCaretBefore(page, '：');
  const addressee = letterBody(page).locator('p[data-role="addressee"]');
  await addressee.click({ position: { x: (await addressee.boundingBox())!.width - 2, y: 6 } });
  await cdp.send('Input.imeSetComposition', { text: 'zhi', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '致' });
  await expect(addressee).toHaveText('〔提案者〕：致');
  await expect(addressee.locator('[data-field="proposer"]')).toHaveText('〔提案者〕');
  await waitUntilSaved(page);

  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await expect(paragraph(page, '一、基本情况')).toHaveText('一、基本情况监管');
  await expect(letterBody(page).locator('p[data-role="addressee"]')).toHaveText('〔提案者〕：致');
});

test('find steps through matches and replace-all is undone in one step', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await letterBody(page).click();
  await page.keyboard.press('Control+f');
  await page.getByLabel('查找内容').fill('工作');
  await expect(page.getByRole('search', { name: '查找' })).toContainText(/第 1\/\d+ 处/);
  const total = Number(/第 1\/(\d+) 处/.exec((await page.getByRole('search', { name: '查找' }).textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  await page.getByLabel('查找内容').press('Enter');
  await expect(page.getByRole('search', { name: '查找' })).toContainText(`第 2/${total} 处`);

  await page.keyboard.press('Control+h');
  await page.getByLabel('查找内容').fill('工作');
  await page.getByLabel('替换为').fill('差事');
  await page.getByRole('button', { name: '全部替换' }).click();
  await expect(page.getByRole('search', { name: '替换' })).toContainText(`已替换 ${total} 处`);
  await expect(letterBody(page)).not.toContainText('工作');

  await page.getByRole('button', { name: '关闭查找' }).click();
  await page.keyboard.press('Control+z');
  await expect(letterBody(page)).not.toContainText('差事');
});

test('the status bar counts characters as WPS does and estimates pages on the 22 × 28 grid', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  // With 显示分页 off no print layout runs while drafting, so the pages are estimated.
  await page.getByRole('navigation', { name: '菜单' }).getByRole('button', { name: '视图' }).click();
  await page.getByRole('menuitem', { name: /显示分页/ }).click();
  const metrics = page.locator('.app__metrics');
  await expect(metrics).toContainText(/字数 \d+ · 约 \d+ 页/);
  const [, words, pages] = /字数 (\d+) · 约 (\d+) 页/.exec((await metrics.textContent()) ?? '') ?? [];
  const before = Number(words);
  await typeNewParagraphAfter(page, '专此答复', '产量66.7万辆');
  await expect(metrics).toContainText(`字数 ${before + 5}`);
  for (let i = 0; i < 30; i += 1) await page.keyboard.insertText('这是为了把信写长一些而重复输入的一段话。');
  await expect(metrics).toContainText(`约 ${Number(pages) + 1} 页`);
});

test('facts typed in the form show wherever the field stands, and the unfilled count reaches zero', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  const form = page.getByRole('region', { name: '填写要素' });
  const facts: Record<string, string> = {
    发文字号: '柳市监函〔2023〕12号',
    届次会议: '政协第十三届柳州市委员会第三次会议',
    提案号: '011',
    提案标题: '关于推动螺蛳粉产业高质量发展的提案',
    提案者: '九三学社柳州市委员会',
    署名机关: '柳州市市场监督管理局',
    承办人: '王晶',
    联系电话: '0772-2800000',
    抄送单位: '市政协提案委，市政府督查室',
  };
  for (const [label, value] of Object.entries(facts)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByLabel('答复类型').selectOption('A');
  await expect(letterBody(page)).toContainText('贵单位所提问题已经解决或基本解决。');
  await form.getByLabel('答复类型').selectOption('C');
  await expect(letterBody(page)).toContainText('将留作今后工作参考');
  await expect(letterBody(page)).not.toContainText('已经解决或基本解决');
  await form.getByLabel('成文日期').fill('2023-05-26');
  await expect(form).toContainText('已全部填写');
  await expect(page.locator('[data-field="proposalNumber"]').first()).toHaveText('第011号');
  await expect(page.locator('[data-field="signedOn"]').first()).toHaveText('2023年5月26日');
  await waitUntilSaved(page);
  await expect(page.getByRole('list', { name: '草稿列表' })).not.toContainText('处待填');

  await page.reload();
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  await expect(page.locator('[data-field="proposer"]').first()).toHaveText('九三学社柳州市委员会');
  await expect(page.getByRole('region', { name: '填写要素' }).getByLabel('提案号')).toHaveValue('011');
});

test('every built-in template can be filled completely through the form', async ({ page, app: _app }) => {
  await page.keyboard.press('Alt+n');
  const gallery = page.getByRole('dialog', { name: '选择模板' }).getByRole('listitem');
  await expect(gallery.first()).toBeVisible();
  const names = await gallery.locator('strong').allTextContents();
  await page.keyboard.press('Escape');
  expect(names.length).toBeGreaterThanOrEqual(6);
  for (const name of names) {
    await createDraftFromTemplate(page, name);
    const form = page.getByRole('region', { name: '填写要素' });
    await expect(form).toContainText('项没填');
    // A date field is its text box (「2023年5月26日」) with a calendar beside it, the calendar's own box hidden.
    const inputs = await form.locator('input:not([aria-hidden]), select').evaluateAll((elements) =>
      elements.map((element) => ({
        label: element.getAttribute('aria-label') ?? '',
        kind:
          element instanceof HTMLSelectElement
            ? 'select'
            : element.closest('.date-input')
              ? 'date'
              : element.getAttribute('inputmode') === 'numeric'
                ? 'number'
                : 'text',
      })),
    );
    for (const { label, kind } of inputs) {
      const input = form.getByLabel(label, { exact: true });
      if (kind === 'select') await input.selectOption({ index: 1 });
      else await input.fill(kind === 'date' ? '2023-05-26' : kind === 'number' ? '011' : '示例内容');
    }
    await expect(form).toContainText('已全部填写');
    await expect(letterBody(page).locator('.letter-field--unfilled')).toHaveCount(0);
  }
});
