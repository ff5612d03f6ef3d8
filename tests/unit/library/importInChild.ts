/** Run by the kill test in a child process: imports the given files into a library, then exits. */
import { openLibrary } from '../../../src/main/library/library';

const [dataDir = '', ...files] = process.argv.slice(2);
const library = openLibrary({ dataDir });
const summary = await library.importFiles(files);
process.stdout.write(JSON.stringify(summary.results.map((result) => result.status)));
