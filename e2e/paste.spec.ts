import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createDraftFromTemplate, letterBody, paragraph, placeCaretAfter, waitUntilSaved } from './support/letter';
import { mutatedClipboardHtml } from '../renderer/editor/paste/fixtures/htmlMutations';

/** Clipboard HTML as Word and WPS put it there: <head> with <xml> and <style>, conditional comments, mso-list paragraphs, <o:p>. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal{mso-style-parent:"";font-family:仿宋_GB2312;} @list l0:level1{mso-level-text:"%1、";}</style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><!--StartFragment-->
<p class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:黑体;mso-list:Ignore'>四、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span style='font-family:黑体'>加强部门协作<o:p></o:p></span></p>
<p class=MsoNormal style='text-indent:32.0pt'><span style='color:red;font-family:仿宋_GB2312'>我局将会同有关部门</span><b><span style='mso-bidi-font-weight:normal'>建立联席会议制度</span></b><span>。<o:p></o:p></span></p>
<!--[if supportFields]><span style='mso-element:field-begin'></span> HYPERLINK "http://evil.example/" <![endif]-->
<p class=MsoNormal><img src=x onerror="window.__pwned('img')"><svg onload="window.__pwned('svg')"><circle r=5 /></svg><a href="javascript:window.__pwned('link')">点此查看详情</a><img src="http://evil.example/track.png"></p>
<p class=MsoNormal onclick="window.__pwned('click')" onmouseover="window.__pwned('over')">（一）完善工作机制<script>window.__pwned('script')</script></p>
<table class=MsoTableGrid><tr><td><p>项目</p></td><td><p>数量</p></td></tr><tr><td><p>检测机构</p></td><td><p>16个</p></td></tr></table>
<iframe src="javascript:window.__pwned('iframe')"></iframe><math><mi xlink:href="javascript:window.__pwned('math')">x</mi></math>
<!--EndFragment--></body></html>`;

/** What the editor draws a pasted table with. */
const TABLE_ELEMENTS = ['table', 'colgroup', 'col', 'tbody', 'tr', 'th', 'td'];

async function installSentinel(page: Page) {
  await page.evaluate(() => {
    const calls: string[] = [];
    (window as unknown as { __pwned: (what: string) => void; __pwnedCalls: string[] }).__pwned = (what: string) => void calls.push(what);
    (window as unknown as { __pwnedCalls: string[] }).__pwnedCalls = calls;
  });
}

async function pasteHtml(page: Page, html: string, text = '') {
  await letterBody(page).evaluate(
    (root, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      if (text) data.setData('text/plain', text);
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

async function expectNothingRan(page: Page) {
  // let any image error, SVG load or scheduled handler fire before looking
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __pwnedCalls: string[] }).__pwnedCalls)).toEqual([]);
  // Mangled markup may arrive as visible text (「onclick=…」 typed out is harmless); what must never arrive is markup.
  const found = await letterBody(page).evaluate(
    (root, allowed) => {
      const elements = [...root.querySelectorAll('*')];
      return {
        handlers: elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
        urls: elements.flatMap((element) =>
          element
            .getAttributeNames()
            .map((name) => element.getAttribute(name) ?? '')
            .filter((value) => /javascript:|https?:/i.test(value)),
        ),
        foreign: elements.map((element) => element.localName).filter((name) => !allowed.includes(name)),
      };
    },
    ['p', 'span', 'strong', 'br', ...TABLE_ELEMENTS],
  );
  expect(found).toEqual({ handlers: [], urls: [], foreign: [] });
}

/** The saved working copy and both exports, read through the same calls the app uses. */
async function storedAndExported(page: Page) {
  return page.evaluate(async () => {
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    const api = async (name: string, input: object) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = await response.json();
      return result.value;
    };
    const [draft] = await api('drafts.list', {});
    const stored = await api('drafts.get', { draftId: draft.id });
    const text = await api('drafts.exportText', { draftId: draft.id });
    const docx = await api('drafts.exportDocx', { draftId: draft.id });
    return { content: JSON.stringify(stored.content), text: text.text as string, docx: atob(docx.data) };
  });
}

test('Word and WPS clipboard HTML keeps its headings, bold and table, and nothing in it runs', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await installSentinel(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  await pasteHtml(page, WORD_HTML, '四、加强部门协作');

  await expect(paragraph(page, '加强部门协作')).toHaveText('四、加强部门协作');
  await expect(paragraph(page, '加强部门协作')).toHaveAttribute('data-level', '1');
  await expect(paragraph(page, '完善工作机制')).toHaveAttribute('data-level', '2');
  await expect(paragraph(page, '联席会议制度').locator('strong, .letter-bold')).toHaveText('建立联席会议制度');
  await expect(paragraph(page, '我局将会同有关部门')).toHaveText('我局将会同有关部门建立联席会议制度。');
  await expect(paragraph(page, '点此查看详情')).toHaveText('点此查看详情');
  const table = letterBody(page).locator('table');
  await expect(table.locator('tr')).toHaveCount(2);
  await expect(table.locator('tr').nth(1).locator('td')).toHaveText(['检测机构', '16个']);
  await expect(letterBody(page)).not.toContainText('mso-');
  await expect(letterBody(page)).not.toContainText('Normal');
  await expectNothingRan(page);

  await waitUntilSaved(page);
  const saved = await storedAndExported(page);
  for (const output of [saved.content, saved.text, saved.docx]) {
    expect(output).not.toMatch(/javascript:|onerror|onload|onclick|evil\.example|<script/i);
  }
  expect(saved.content).toContain('建立联席会议制度');
  expect(saved.content).toContain('"role":"table"');
});

test('pasting a web page’s plain XSS payloads inserts text at most and runs nothing', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await installSentinel(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  const payloads = [
    '<img src=x onerror=window.__pwned(1)>',
    '<svg><animate onbegin=window.__pwned(2) attributeName=x dur=1s>',
    '<a href=" javascript:window.__pwned(3)">链接甲</a>',
    '<a href="jav&#x09;ascript:window.__pwned(4)">链接乙</a>',
    '<form><button formaction=javascript:window.__pwned(5)>按钮</button></form>',
    '<details open ontoggle=window.__pwned(6)>',
    '<p style="background:url(javascript:window.__pwned(7))">背景</p>',
    '<noscript><p title="</noscript><img src=x onerror=window.__pwned(8)>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned(9)>',
  ];
  for (const payload of payloads) await pasteHtml(page, payload);
  await expect(letterBody(page)).toContainText('链接甲');
  await expectNothingRan(page);
});

test('copying out gives clean HTML: headings as headings, fields as their values, no classes or styles', async ({ page, app: _app }) => {
  await createDraftFromTemplate(page);
  await page.locator('[data-field="proposer"]').first().waitFor();
  await letterBody(page).click();
  await page.keyboard.press('Control+a');
  const copied = await letterBody(page).evaluate((root) => {
    const data = new DataTransfer();
    root.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return { html: data.getData('text/html'), text: data.getData('text/plain'), types: [...data.types] };
  });
  expect(copied.html).toContain('<h1>一、基本情况</h1>');
  expect(copied.html).toContain('<h2>（一）');
  expect(copied.html).not.toMatch(/class=|data-|white-space|<span/);
  expect(copied.text).toContain('一、基本情况');
  const proposer = await page.locator('[data-field="proposer"]').first().textContent();
  expect(copied.html).toContain(proposer!);
  // Lexical's own format stays, so pasting inside Dafu keeps the field tokens
  expect(copied.types).toContain('application/x-lexical-editor');
});

test('a hundred and fifty mutated Word and XSS clipboards are pasted without running anything or breaking the editor', async ({ page, app: _app }) => {
  test.slow(); // the letter grows with every paste
  await createDraftFromTemplate(page);
  await installSentinel(page);
  await placeCaretAfter(page, '专此答复');
  await page.keyboard.press('Enter');
  const clipboards = Array.from({ length: 150 }, (_, index) => mutatedClipboardHtml(WORD_HTML, index + 1));
  await letterBody(page).evaluate((root, htmls) => {
    for (const html of htmls) {
      const data = new DataTransfer();
      data.setData('text/html', html);
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }
  }, clipboards);
  await expectNothingRan(page);
  await page.keyboard.insertText('仍可输入');
  await expect(letterBody(page)).toContainText('仍可输入');
});
