import { describe, expect, it } from 'vitest';
import { optionValue, sharedOptions } from '../../../src/main/commandLine';

describe('the command line', () => {
  it('reads an option written as two words or with =', () => {
    expect(optionValue(['x', '--port', '8080'], '--port')).toBe('8080');
    expect(optionValue(['--port=8080'], '--port')).toBe('8080');
    expect(optionValue(['--data=/a=b'], '--data')).toBe('/a=b');
    expect(optionValue(['--portal', '1'], '--port')).toBeUndefined();
    expect(optionValue(['--port'], '--port')).toBeUndefined();
  });

  it('gives every entry point the same data folder and profile options', () => {
    expect(sharedOptions(['import', 'a.txt', '--data', '/lib', '--profile=张三'])).toEqual({
      dataDir: '/lib',
      profile: '张三',
    });
    expect(sharedOptions(['--devtools'])).toEqual({ dataDir: undefined, profile: undefined });
  });
});
