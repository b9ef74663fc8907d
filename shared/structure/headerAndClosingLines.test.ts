// Header and closing lines as published reply letters have them (issue 28). Short synthetic letters.
import { describe, expect, it } from 'vitest';
import { recogniseLetter } from './recogniseLetter';

describe('header and closing lines of real reply letters', () => {
  it('keeps 领导签发, 是否同意公开 and 办理结果 out of the title and the 主送, and reads the 答复类型', () => {
    const letter = recogniseLetter(
      '领导签发：赵六\n是否同意公开：同意\n办理结果（C）\n关于西河区第三届人民代表大会第二次会议第15号建议的答复\n钱七代表：\n您提出的《关于增设路灯的建议》收悉，现答复如下：\n我们已安排施工。\n西河区城管局\n2022年3月4日',
    );
    expect(letter.document.blocks.slice(0, 5).map((block) => block.role)).toEqual(['note', 'note', 'note', 'title', 'addressee']);
    expect(letter.fields.replyType).toBe('C');
    expect(letter.fields.deputy).toBe('钱七');
  });

  it('takes form fields between the title and the 主送 as notes, not as the 主送', () => {
    const letter = recogniseLetter(
      '关于北湖县政协第八届四次会议第3号提案的答复\n签发人：孙八\n类　别：A\n是否公开：是\n周九委员：\n您提出的《关于整治河道的提案》收悉。\n北湖县水利局\n2021年7月8日',
    );
    expect(letter.document.blocks.slice(0, 5).map((block) => block.role)).toEqual(['title', 'note', 'note', 'note', 'addressee']);
    expect(letter.fields.proposer).toBe('周九');
    expect(letter.fields.replyType).toBe('A');
  });

  it('reads a joint proposal’s 主送 「张伟等3名委员」 as its 领衔 and the number of members', () => {
    const letter = recogniseLetter(
      '关于北湖县政协第八届四次会议第5号提案的答复\n张伟等3名委员：\n你们提出的《关于整治河道的提案》收悉。\n北湖县水利局\n2021年7月8日',
    );
    expect(letter.fields.proposer).toBe('张伟');
    expect(letter.fields.memberCount).toBe('3');
  });

  it('reads 「建议字〔2023〕8号」 as the 发文字号', () => {
    const letter = recogniseLetter(
      '南川县交通运输局\n建议字〔2023〕8号\n关于南川县第五届人民代表大会第一次会议第8号建议的答复\n吴十代表：\n您提出的《关于拓宽乡道的建议》收悉。\n南川县交通运输局\n2023年5月6日',
    );
    expect(letter.fields.docNumber).toBe('建议字〔2023〕8号');
    expect(letter.fields.suggestionNumber).toBe('8');
  });

  it('reads the 届次 from 「第九届人民代表大会第三次会议」 when the title starts with 对', () => {
    const letter = recogniseLetter(
      '对东江市第九届人民代表大会第三次会议第21号建议的答复\n郑一代表：\n您提出的《关于加装电梯的建议》收悉。\n东江市住建局\n2020年9月1日',
    );
    expect(letter.fields.sessionName).toBe('东江市第九届人民代表大会第三次会议');
    expect(letter.fields.suggestionNumber).toBe('21');
  });

  it('says the 署名 is missing when only the date closes the letter', () => {
    const letter = recogniseLetter(
      '关于某区政协第二届一次会议第5号提案的答复\n王二委员：\n您提出的《关于公园改造的提案》收悉。\n感谢您的关心和支持。\n2024年1月2日',
    );
    expect(letter.warnings).toContain('没有找到署名机关，请在正文后补上。');
    expect(letter.fields.signedOn).toBe('2024-01-02');
    expect(letter.document.blocks.some((block) => block.role === 'signature')).toBe(false);
  });

  it('takes a 联系人 line at the end as a 附注, before or after the 署名, spaced or not', () => {
    const after = recogniseLetter(
      '关于某县政协第一届二次会议第9号提案的答复\n陈三委员：\n您提出的《关于改善供水的提案》收悉。\n某县水务局\n2024年2月3日\n联系人及电话：刘四，13800000000',
    );
    expect(after.document.blocks.at(-1)?.role).toBe('note');
    expect(after.fields.handler).toBe('刘四');
    const before = recogniseLetter(
      '关于某县政协第一届二次会议第9号提案的答复\n陈三委员：\n您提出的《关于改善供水的提案》收悉。\n联 系 人：刘四 联系电话：13800000000\n某县水务局\n2024年2月3日',
    );
    expect(before.document.blocks.slice(-3).map((block) => block.role)).toEqual(['note', 'signature', 'date']);
    expect(before.fields.handler).toBe('刘四');
    expect(before.fields.bureauName).toBe('某县水务局');
  });

  it('never takes the 署名 for the 主送, even where the sender’s name opens the letter', () => {
    const letter = recogniseLetter('西山区教育局\n李五代表：\n您提出的《关于校车安全的建议》收悉。\n西山区教育局\n2023年4月5日');
    expect(letter.document.blocks.map((block) => block.role)).toEqual(['note', 'addressee', 'body', 'signature', 'date']);
    expect(letter.fields.deputy).toBe('李五');
    expect(letter.warnings.join('')).not.toContain('主送「西山区教育局」');
    const untitled = recogniseLetter('您提出的《关于校车安全的建议》收悉。\n西山区教育局\n2023年4月5日');
    expect(untitled.document.blocks.some((block) => block.role === 'addressee')).toBe(false);
  });
});
