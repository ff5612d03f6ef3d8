/**
 * Files from a drop or a file input, folders included: a dropped folder is walked with the File and Directory
 * Entries API (`webkitGetAsEntry`), which is the only way a page can read a dropped directory.
 */

function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries hands out a directory in batches (100 in Chromium) until it returns an empty one.
  return new Promise((resolve, reject) => {
    const next = (): void => {
      reader.readEntries((batch) => {
        if (batch.length === 0) {
          resolve(entries);
          return;
        }
        entries.push(...batch);
        next();
      }, reject);
    };
    next();
  });
}

async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => {
      (entry as FileSystemFileEntry).file(resolve, reject);
    });
    return [file];
  }
  if (entry.isDirectory) {
    const children = await readAllEntries(entry as FileSystemDirectoryEntry);
    const nested = await Promise.all(children.map(filesOfEntry));
    return nested.flat().sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));
  }
  return [];
}

/** Every file in a drop, walking into dropped folders. */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  // Entries must be taken synchronously, before the first await: the DataTransfer is emptied after the event.
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const sources = items.map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  const lists = await Promise.all(
    sources.map(({ entry, file }) => (entry ? filesOfEntry(entry) : Promise.resolve(file ? [file] : []))),
  );
  return lists.flat();
}
