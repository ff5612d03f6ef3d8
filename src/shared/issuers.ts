/**
 * A document's issuers (发文机关): every one that signs or is named in its title, the lead first. One rule for every
 * place that shows them as one line (library, reader header, print, export, search) or needs the one that leads
 * (ordering and grouping by 发文机关).
 */

/** Joint issuers as one line, the lead first and the others after 、 (`国家发展改革委、国家能源局`); null for none. */
export function issuerLabel(issuers: readonly string[]): string | null {
  return issuers.length > 0 ? issuers.join('、') : null;
}

/** The lead issuer: the first that signs or is named. */
export function leadIssuer(issuers: readonly string[]): string | null {
  return issuers[0] ?? null;
}

/** The issuers of a one-line label (`issuerLabel`'s inverse), for data stored as one string before they were a list. */
export function issuersFromLabel(label: string): string[] {
  return label.split('、').filter((issuer) => issuer.length > 0);
}
