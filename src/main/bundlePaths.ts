import { fileURLToPath } from 'node:url';

/**
 * Files the app needs at run time, found from the URL of the entry that is running (out/main/index.js or
 * out/main/webHost.js). It must be the entry's URL: shared code is bundled into chunks in another folder.
 */
export function bundlePaths(entryUrl: string): {
  rendererRoot: string;
  adapterRoot: string;
  preload: string;
  importWorker: string;
  sampleIssue: string;
} {
  const at = (relative: string): string => fileURLToPath(new URL(relative, entryUrl));
  return {
    rendererRoot: at('../renderer'),
    adapterRoot: at('../web'),
    preload: at('../preload/index.cjs'),
    importWorker: at('./importWorker.js'),
    sampleIssue: at('../../resources/sample/jinan-gazette-2022-12-13.txt'),
  };
}
