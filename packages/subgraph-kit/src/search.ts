import { containsPattern } from './connection';

/**
 * Text search over a document expression (several columns joined by a separator no input can
 * hold), answered by a GIN trigram index (`gin_trgm_ops`, PostgreSQL's pg_trgm) built on exactly
 * that expression. A term matches as a substring (ILIKE, so three characters find it anywhere)
 * or as a close word (pg_trgm's word similarity, which forgives a typo); both are index scans,
 * so a selective search reads only the rows it finds, not the partner's million.
 *
 * The SQL uses the named parameters `:searchText` and `:searchPattern` (`searchParameters`).
 */

/** Separates a document's columns: inputs never hold control characters, so no term spans two. */
export const SEARCH_SEPARATOR_SQL = "E'\\x1f'";

/** A search document of several text columns, for a trigram index and the queries it answers. */
export function searchDocument(columns: readonly string[]): string {
  return `(${columns.join(` || ${SEARCH_SEPARATOR_SQL} || `)})`;
}

/** Whether `document` holds the search term, as a substring or a close word. */
export function textMatch(document: string): string {
  return `(${document} ILIKE :searchPattern OR :searchText <% ${document})`;
}

/**
 * How well `document` matches, higher first: an exact identifier (`exact`, conditions such as
 * "the account number is the term") scores 3; otherwise a substring match scores 1 plus the
 * word similarity (0–1), and a close word only its similarity.
 */
export function textScore(document: string, exact: readonly string[] = []): string {
  const similar = `(CASE WHEN ${document} ILIKE :searchPattern THEN 1 ELSE 0 END + word_similarity(:searchText, ${document}))`;
  return exact.length > 0 ? `(CASE WHEN ${exact.join(' OR ')} THEN 3 ELSE ${similar} END)` : similar;
}

/** The score an exact identifier gets in `textScore`, for callers that rank one on its own. */
export const EXACT_MATCH_SCORE = 3;

export function searchParameters(text: string): { searchText: string; searchPattern: string } {
  return { searchText: text, searchPattern: containsPattern(text) };
}
