import { describe, expect, it } from 'vitest';
import { findQueryHits, hitAtOrAfter } from '../../../src/renderer/logic/documentHits';

describe('findQueryHits', () => {
  it('finds every occurrence of each word, in text order, as canonical offsets', () => {
    const text = '土壤普查工作。\n开展土壤普查，普查对象';
    expect(findQueryHits(text, '土壤普查')).toEqual([
      { start: 0, end: 4 },
      { start: 10, end: 14 },
    ]);
    // Touching words stay separate hits (下一处 steps over each); overlapping ones become one.
    expect(findQueryHits(text, '普查 对象').map((hit) => text.slice(hit.start, hit.end))).toEqual([
      '普查',
      '普查',
      '普查',
      '对象',
    ]);
    expect(findQueryHits(text, '土壤普查 壤普').map((hit) => text.slice(hit.start, hit.end))).toEqual([
      '土壤普查',
      '土壤普查',
    ]);
  });

  it('matches across line breaks and bracket or width variants, as the index does', () => {
    const text = '依据济政发〔２０２２〕７号文件，坚持安全第\n一、预防为主';
    const [number] = findQueryHits(text, '济政发[2022]7号');
    expect(number && text.slice(number.start, number.end)).toBe('济政发〔２０２２〕７号');
    const [phrase] = findQueryHits(text, '"安全第一"');
    expect(phrase && text.slice(phrase.start, phrase.end)).toBe('安全第\n一');
  });

  it('marks a 文号 condition where the 文号 occurs, but not categories or excluded words', () => {
    const text = '根据济政发〔2022〕7号文件';
    const [number] = findQueryHits(text, '文号:济政发[2022]7号');
    expect(number && text.slice(number.start, number.end)).toBe('济政发〔2022〕7号');
    expect(findQueryHits('通知的通知', '年份:2022 -通知 文种:通知')).toEqual([]);
  });

  it('marks the search’s structured 发文机关 filter as the result list does', () => {
    const text = '济南市人民政府办公厅关于土壤普查的通知';
    expect(findQueryHits(text, '土壤', { issuer: '办公厅' }).map((hit) => text.slice(hit.start, hit.end))).toEqual([
      '办公厅',
      '土壤',
    ]);
  });
});

describe('hitAtOrAfter', () => {
  const hits = [
    { start: 5, end: 7 },
    { start: 20, end: 22 },
  ];
  it('picks the first hit that ends after the offset, wrapping to the first', () => {
    expect(hitAtOrAfter(hits, 0)).toBe(0);
    expect(hitAtOrAfter(hits, 6)).toBe(0);
    expect(hitAtOrAfter(hits, 7)).toBe(1);
    expect(hitAtOrAfter(hits, 30)).toBe(0);
    expect(hitAtOrAfter([], 3)).toBe(-1);
  });
});
