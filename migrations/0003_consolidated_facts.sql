DROP TABLE `fact_entities`;--> statement-breakpoint
DROP INDEX `facts_article_idx`;--> statement-breakpoint
ALTER TABLE `facts` ADD `group_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `facts` ADD `support_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `facts` ADD `first_seen` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `last_seen` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `year_from` integer;--> statement-breakpoint
ALTER TABLE `facts` ADD `year_to` integer;--> statement-breakpoint
ALTER TABLE `facts` ADD `metric` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `metric_search` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `low` real;--> statement-breakpoint
ALTER TABLE `facts` ADD `high` real;--> statement-breakpoint
ALTER TABLE `facts` ADD `subject_key` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `period_key` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `title_search` text;--> statement-breakpoint
CREATE INDEX `facts_group_idx` ON `facts` (`group_key`,`period_key`);--> statement-breakpoint
CREATE INDEX `facts_value_idx` ON `facts` (`value`,`id`);--> statement-breakpoint
CREATE INDEX `facts_support_idx` ON `facts` (`support_count`,`id`);--> statement-breakpoint
CREATE INDEX `facts_last_seen_idx` ON `facts` (`last_seen`,`id`);--> statement-breakpoint
ALTER TABLE `entities` ADD `tone_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `entity_aliases` ADD `tone_alias` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `sentence_start` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `published_at` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `value` real;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `value_max` real;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `qualifier` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `unit_text` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `noun` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `subject` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `subject_key` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `period` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `period_key` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `year_from` integer;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `year_to` integer;--> statement-breakpoint
CREATE INDEX `fact_evidence_article_idx` ON `fact_evidence` (`article_id`,`fact_id`);--> statement-breakpoint
ALTER TABLE `articles` DROP COLUMN `search_text`;