// Article numbers in a query: 劳动合同法第十九条 asks for one article of one law.

/** An article number in the query, 第十九条 or 第19条, as it appears. */
export function articleInQuery(query: string): string | undefined {
  return /第\s*[〇零一二两三四五六七八九十百千\d]+\s*条(?:之[一二三四五六七八九十]+)?/.exec(query)?.[0];
}

/**
 * The query without its article number: 劳动法第三十六条 is searched as 劳动法, and the article
 * is then picked among the law's anchors. A query that is only an article number stays whole.
 */
export function withoutArticle(query: string): string {
  const article = articleInQuery(query);
  const rest = article ? query.replace(article, ' ').replace(/\s+/g, ' ').trim() : query;
  return rest || query;
}
