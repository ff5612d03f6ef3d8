/** A store over the fake library that also lists its issues, for 我的批注, exports and imports. */
import { issuerLabel } from '../../../src/shared/issuers';
import type { IssueSummary } from '../../../src/shared/api';
import { openAnnotationDatabase } from '../../../src/main/annotations/annotationDb';
import { annotationService } from '../../../src/main/annotations/openAnnotationService';
import type { ClosableAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { SOIL_NOTICE, fakeLibrary, gazetteDocument } from './fakeLibrary';
import type { FakeDocument } from './fakeLibrary';

export const CITY_NOTICE = [
  '济南市人民政府办公厅',
  '关于加强城市管理的通知',
  '济政办字〔2022〕12号',
  '根据国发〔2022〕4号文件要求，结合我市实际，现就加强城市管理通知如下：',
  '一、压实责任。各区县要落实属地责任。',
].join('\n');

export type ListingLibrary = ReturnType<typeof fakeLibrary> & { listIssues(): Promise<IssueSummary[]> };

export function listingLibrary(
  initial: Record<string, FakeDocument> = {
    doc1: { text: SOIL_NOTICE },
    doc2: { text: CITY_NOTICE, docNumber: '济政办字〔2022〕12号', title: '关于加强城市管理的通知' },
  },
): ListingLibrary {
  const library = fakeLibrary(initial);
  return {
    ...library,
    listIssues() {
      const documents = [...library.documents].map(([id, doc]) => {
        const { title, docNumber, issuers, signedOn, genre } = gazetteDocument(id, doc);
        return { id, title, docNumber, issuer: issuerLabel(issuers), signedOn, genre };
      });
      return Promise.resolve([
        {
          id: 'issue',
          gazette: '济南市人民政府公报',
          year: 2022,
          number: '12',
          fileName: 'issue.txt',
          importedAt: '',
          documents,
        },
      ]);
    },
  };
}

/** A clock a test can move. */
export function clock(start = '2026-11-30T02:00:00.000Z'): { now: () => Date; advance(ms: number): void } {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance(ms) {
      time += ms;
    },
  };
}

export async function openStore(
  dir: string,
  library: ListingLibrary,
  now: () => Date = () => new Date(),
): Promise<ClosableAnnotationService> {
  const opened = await openAnnotationDatabase(dir, { now: now() });
  return annotationService(opened, library, now);
}
