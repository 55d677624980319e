// How much of a long part one answer carries. Every list in an answer has a bound, so that no answer
// (and no request) grows with what one article or one popular fact holds: the rest is paged.
export const ANSWER_BOUNDS = {
  /** Sources inlined in each fact of a list or an export; every source is at `sourcesUrl`. */
  listSources: 5,
  /** Sources inlined in `GET /v1/facts/{id}`. */
  detailSources: 50,
  /** Sources per page of `GET /v1/facts/{id}/sources`. */
  sourcePage: 100,
  /** Occurrences shown per source (an article states a fact at most this often in its evidence). */
  sourceEvidence: 10,
  /** Entities listed with each fact. */
  factEntities: 50,
  /** Facts listed in a fact's `conflictsWith`, and in `conflicting`. */
  conflicts: 100,
  /** Facts of one article in `GET /v1/articles/{id}`. */
  articleFacts: 2000,
  /** Mentions of one article in `GET /v1/articles/{id}`. */
  articleMentions: 5000,
  /** Aliases in each entity of a list, and of `GET /v1/entities/{id}`. */
  listAliases: 20,
  detailAliases: 200,
  /** Articles inlined in `GET /v1/entities/{id}`; every one is at `articlesUrl`. */
  entityArticles: 100,
  /** Articles per page of `GET /v1/entities/{id}/articles`. */
  entityArticlePage: 100,
  /** Titles of a person in `GET /v1/entities/{id}`. */
  entityRoles: 100,
  /** Possible namesakes of a person in `GET /v1/entities/{id}`. */
  possibleSameAs: 20,
  /** Characters of an article's text searched for a snippet. */
  snippetText: 65_536,
} as const;
