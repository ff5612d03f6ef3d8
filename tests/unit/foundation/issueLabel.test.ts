import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/renderer/strings';
import { issueLabel } from '../../../src/shared/issueLabel';

const sample = { gazette: '济南市人民政府公报', year: 2022, number: '12/13', fileName: 'jinan.txt' };

describe('an issue label', () => {
  it('names the gazette, then the year and number the way the printed issue does', () => {
    expect(issueLabel(sample)).toBe('济南市人民政府公报 2022年第12/13期');
  });

  it('leaves out what the parser did not find', () => {
    expect(issueLabel({ ...sample, number: null })).toBe('济南市人民政府公报 2022年');
    expect(issueLabel({ ...sample, year: null })).toBe('济南市人民政府公报 第12/13期');
    expect(issueLabel({ ...sample, year: null, number: null })).toBe('济南市人民政府公报');
  });

  it('falls back to the file name for a gazette without a recognised name', () => {
    expect(issueLabel({ ...sample, gazette: null })).toBe('jinan.txt 2022年第12/13期');
    expect(issueLabel({ gazette: null, year: null, number: null, fileName: '扫描件.pdf' })).toBe('扫描件.pdf');
  });

  it('is the same in the window as on the command line', () => {
    expect(strings.issueLabel({ ...sample, gazette: null })).toBe(issueLabel({ ...sample, gazette: null }));
  });
});
