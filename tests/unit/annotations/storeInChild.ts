/**
 * Run in a child process by the store tests: `save DIR COUNT` saves COUNT highlights one by one and prints each
 * id once its save has returned (stdout to a pipe is synchronous on POSIX, so a printed id is an acknowledged
 * save); `count DIR` prints how many live annotations document doc1 has.
 */
import { openAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { SOIL_NOTICE, fakeLibrary } from './fakeLibrary';

const [mode = '', dir = '', count = '0'] = process.argv.slice(2);
const { service } = await openAnnotationService({ dir, library: fakeLibrary({ doc1: { text: SOIL_NOTICE } }) });

if (mode === 'save') {
  for (let i = 0; i < Number(count); i++) {
    const start = (i * 7) % (SOIL_NOTICE.length - 20);
    const made = await service.create({
      docId: 'doc1',
      range: { start, end: start + 1 + (i % 19) },
      color: 'green',
      style: 'highlight',
      note: { version: 1, editorState: JSON.stringify({ i }), text: `第${String(i)}条批注` },
    });
    process.stdout.write(`${made.id}\n`);
  }
} else {
  process.stdout.write(`${String((await service.list('doc1')).annotations.length)}\n`);
}
await service.close();
