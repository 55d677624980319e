-- Custom SQL migration file, put your code below! --
-- Evidence stops copying its sentence: each sentence that states a fact is stored once in
-- article_sentences. Stored sentences move there before fact_evidence.sentence_text is dropped.
INSERT OR IGNORE INTO `article_sentences` (`article_id`, `sentence_index`, `start`, `text`)
  SELECT `article_id`, `sentence_index`, `sentence_start`, `sentence_text` FROM `fact_evidence` ORDER BY `id`;--> statement-breakpoint
-- Articles whose extraction is now bounded differently are extracted again (`tinfacts reextract`,
-- or the server at start-up): sentences over 2,000 characters (now cut), values beyond a double or
-- the range of their unit (now refused), more than 10 occurrences of one statement, 2,000 mentions
-- or 1,000 dates (now capped).
UPDATE `articles` SET `extractor_version` = 0 WHERE `id` IN (
  SELECT `article_id` FROM `article_sentences` WHERE length(`text`) > 2000
  UNION SELECT `article_id` FROM `fact_evidence`
    WHERE abs(`value`) > 1e15 OR abs(`value_max`) > 1e15
  UNION SELECT `article_id` FROM `fact_evidence` GROUP BY `fact_id`, `article_id` HAVING count(*) > 10
  UNION SELECT `article_id` FROM `mentions` GROUP BY `article_id` HAVING count(*) > 2000
  UNION SELECT `id` FROM `articles` WHERE json_array_length(`dates_mentioned`) > 1000
);
--> statement-breakpoint
-- Until then, values beyond a double (stored as infinity by an older extractor) are removed, so that
-- no answer has to show one: their articles are extracted again above.
DELETE FROM `facts` WHERE abs(`value`) > 1.7976931348623157e308 OR abs(`value_max`) > 1.7976931348623157e308
  OR abs(`low`) > 1.7976931348623157e308 OR abs(`high`) > 1.7976931348623157e308;--> statement-breakpoint
DELETE FROM `fact_evidence` WHERE abs(`value`) > 1.7976931348623157e308 OR abs(`value_max`) > 1.7976931348623157e308;
