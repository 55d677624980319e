-- Custom SQL migration file, put your code below! --
-- Entities, mentions and facts are derived from the stored articles. Their shape changes with
-- cross-article consolidation, so they are cleared here and every article is marked for
-- re-extraction (`tinfacts reextract`, or the server at start-up), which rebuilds them.
DELETE FROM `fact_entities`;--> statement-breakpoint
DELETE FROM `fact_evidence`;--> statement-breakpoint
DELETE FROM `facts`;--> statement-breakpoint
DELETE FROM `mentions`;--> statement-breakpoint
DELETE FROM `entity_aliases`;--> statement-breakpoint
DELETE FROM `entities`;--> statement-breakpoint
UPDATE `articles` SET `extractor_version` = 0, `entity_count` = 0, `fact_count` = 0;
