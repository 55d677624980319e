-- Custom SQL migration file, put your code below! --
-- Full-text index over each article's title and text, kept by the article writer (rowid = article
-- id). Contentless: it stores only the index; snippets come from articles.plain_text.
--   folded: accent-free words (foldKey), for matches that forgive accents and tone placement;
--   toned:  lowercase words with accents (toneKey), so that exact matches can rank first.
-- Articles stored before it exist are indexed by re-extraction (0002 marked them all stale).
CREATE VIRTUAL TABLE `article_search` USING fts5(
  folded,
  toned,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
