import { describe, expect, it } from 'vitest';
import { checkSizes } from '../../../src/renderer/logic/importSelection';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/importLimits';

describe('the size check before reading chosen files', () => {
  it('refuses a file over the limit with the shared sentence and keeps the others', () => {
    const checked = checkSizes([
      { name: '合订本.pdf', size: 150 * 2 ** 20 },
      { name: '第12期.pdf', size: 2 ** 20 },
    ]);
    expect(checked.accepted.map((file) => file.name)).toEqual(['第12期.pdf']);
    expect(checked.refused).toEqual([
      {
        fileName: '合订本.pdf',
        status: 'failed',
        message: '文件有 150 MB，超过了 100 MB 的导入上限。请确认选对了文件；合订本可拆成几期后分别导入。',
      },
    ]);
    expect(checked.batchError).toBeNull();
  });

  it('refuses a selection too large for one import, asking to import in parts', () => {
    const checked = checkSizes(
      Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, size: MAX_IMPORT_FILE_BYTES })),
    );
    expect(checked.accepted).toEqual([]);
    expect(checked.batchError).toBe('一次选择的文件共 400 MB，超过了 300 MB 的单次导入上限。请分几次导入。');
  });
});
