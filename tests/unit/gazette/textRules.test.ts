/** The small rules structure recovery stands on: normalisation, 发文字号, encodings, dates, headings. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/main/gazette/decodeText';
import { parseDate } from '../../../src/main/gazette/dates';
import { dropListItems, matchHeading } from '../../../src/main/gazette/headings';
import { findDocNumbers, normalizeDocNumber } from '../../../src/shared/docNumber';
import { normalizeForReading } from '../../../src/shared/text/normalize';

describe('normalizeForReading', () => {
  it.each([
    ['济政发 〔２０２２〕７号', '济政发〔2022〕7号'],
    ['各区县人民政府,市政府有关部门 (单位):', '各区县人民政府，市政府有关部门（单位）：'],
    ['(三)严 守 安 全 底 线.坚持安全第一', '（三）严守安全底线。坚持安全第一'],
    ['根据 «山东省实施意见» (鲁政发 〔２０２１〕１９号)精神', '根据《山东省实施意见》（鲁政发〔2021〕19号）精神'],
    ['比重 (％) ５５．２９ 预期性', '比重（%）55.29预期性'],
    ['１．１　编制目的', '1.1编制目的'],
    ['特别重大 (Ⅰ级)药品', '特别重大（Ⅰ级）药品'],
    ['2022 年 6 月 27 日', '2022年6月27日'],
    ['support COVID-19 (SARS-CoV-2), see p. 4.1', 'support COVID-19 (SARS-CoV-2), see p. 4.1'],
    ['各民族人⺠', '各民族人民'],
    ['附件:1.实施方案.docx 2.报名表.XLS', '附件：1.实施方案.docx 2.报名表.XLS'],
    ['附件:实施细则.pdf,申报表.wps', '附件：实施细则.pdf，申报表.wps'],
    ['材料报送至邮箱.document 文件夹', '材料报送至邮箱。document文件夹'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForReading(input)).toBe(expected);
  });
});

describe('发文字号', () => {
  it.each([
    ['济政发 〔２０２２〕７号', '济政发〔2022〕7号'],
    ['国发[2020]8号', '国发〔2020〕8号'],
    ['国办发(2019)3号', '国办发〔2019〕3号'],
    ['国办发明电〔2018〕15号', '国办发明电〔2018〕15号'],
    ['联防联控机制综发〔2022〕71 号', '联防联控机制综发〔2022〕71号'],
    ['国令第 706 号', '国令第706号'],
    ['国务院令第706号', '国务院令第706号'],
  ])('%s is %s', (printed, normalised) => {
    expect(normalizeDocNumber(printed)).toBe(normalised);
  });

  it('finds cited numbers with their positions', () => {
    const text = '根据国发〔2020〕8号和国办发[2019]3号文件';
    expect(findDocNumbers(text)).toEqual([
      { docNumber: '国发〔2020〕8号', start: 2, end: 12 },
      { docNumber: '国办发〔2019〕3号', start: 13, end: 24 },
    ]);
  });

  it('is not fooled by sentences', () => {
    expect(normalizeDocNumber('2022年6月10日')).toBeNull();
    expect(normalizeDocNumber('济政发〔2022〕7号文件')).toBeNull();
  });
});

describe('decodeText', () => {
  const sample = '济南市人民政府公报，第１２期。\n';
  it('detects each encoding', () => {
    expect(decodeText(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]))).toEqual({
      text: sample,
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'gb18030')))).toEqual({ text: sample, encoding: 'gb18030' });
    expect(decodeText(new Uint8Array(iconv.encode(sample, 'utf-16be', { addBOM: true })))).toEqual({
      text: sample,
      encoding: 'utf-16be',
    });
  });

  it('decodes GB18030 four-byte sequences', () => {
    const rare = '𠀀㐀€';
    expect(decodeText(new Uint8Array(iconv.encode(`公报${rare}公报`, 'gb18030'))).text).toBe(`公报${rare}公报`);
  });

  it('tolerates UTF-8 cut in the middle of the last character', () => {
    const bytes = new TextEncoder().encode('公报期');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toEqual({ text: '公报', encoding: 'utf-8' });
  });
});

describe('dates', () => {
  it.each([
    ['２０２２年６月１０日', '2022-06-10'],
    ['(2022年6月23日印发)', '2022-06-23'],
    ['二○二二年十二月三十一日', '2022-12-31'],
    ['2022年13月1日', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('headings', () => {
  it('reads run-in headings up to the first 。 or ：', () => {
    expect(matchHeading('(一)普查对象.耕地、园地、林地')).toMatchObject({
      level: 2,
      label: '（一）',
      text: '普查对象',
      runIn: true,
    });
    expect(matchHeading('一、市委宣传部:负责指导')).toMatchObject({ level: 1, label: '一、', text: '市委宣传部' });
  });

  it('puts plan decimals and 章/条 on the same scale', () => {
    expect(matchHeading('1 总则')).toMatchObject({ level: 1, label: '1', text: '总则' });
    expect(matchHeading('2.1.1 市指挥部办公室职责.市指')).toMatchObject({ level: 3, label: '2.1.1' });
    expect(matchHeading('第二章 专利代理机构')).toMatchObject({ level: 1, label: '第二章' });
    expect(matchHeading('55.29 60 预期性')).toBeNull();
  });

  it('drops a run of numbered items ending with ；, the last one too', () => {
    const items = [
      '一、“证照同销”市场主体退出服务新模式;',
      '二、公共资源交易综合监管绩效评估新模式;',
      '三、律师远程会见系统.',
    ];
    expect(dropListItems(items.map((item) => matchHeading(item)))).toEqual([null, null, null]);
  });
});
