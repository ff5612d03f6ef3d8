/**
 * How an issue is named wherever a person reads it (the window's library, search hits and reader, and the
 * `gazette` command): `济南市人民政府公报 2022年第12/13期`. A gazette the parser could not name goes by its file name.
 */
export interface IssueNaming {
  gazette: string | null;
  year: number | null;
  number: string | null;
  fileName: string;
}

export function issueLabel({ gazette, year, number, fileName }: IssueNaming): string {
  const name = gazette ?? fileName;
  const when = `${year === null ? '' : `${year}年`}${number === null ? '' : `第${number}期`}`;
  return when ? `${name} ${when}` : name;
}
