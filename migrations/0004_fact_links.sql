CREATE TABLE `fact_conflicts` (
	`fact_id` integer NOT NULL,
	`other_id` integer NOT NULL,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_conflicts_unique` ON `fact_conflicts` (`fact_id`,`other_id`);--> statement-breakpoint
CREATE INDEX `fact_conflicts_other_idx` ON `fact_conflicts` (`other_id`);--> statement-breakpoint
CREATE TABLE `fact_entities` (
	`fact_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`role` text NOT NULL,
	`article_id` integer NOT NULL,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_entities_unique` ON `fact_entities` (`fact_id`,`entity_id`,`role`,`article_id`);--> statement-breakpoint
CREATE INDEX `fact_entities_entity_idx` ON `fact_entities` (`entity_id`,`fact_id`);--> statement-breakpoint
CREATE INDEX `fact_entities_article_idx` ON `fact_entities` (`article_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`group_key` text DEFAULT '' NOT NULL,
	`support_count` integer DEFAULT 0 NOT NULL,
	`first_seen` text,
	`last_seen` text,
	`year_from` integer,
	`year_to` integer,
	`metric` text,
	`metric_search` text,
	`value` real,
	`value_max` real,
	`low` real,
	`high` real,
	`unit` text,
	`unit_text` text,
	`qualifier` text,
	`change` text,
	`noun` text,
	`subject` text,
	`subject_key` text,
	`period` text,
	`period_key` text,
	`person_id` integer,
	`title` text,
	`title_search` text,
	`organization` text,
	`province` text,
	FOREIGN KEY (`person_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_facts`("id", "type", "group_key", "support_count", "first_seen", "last_seen", "year_from", "year_to", "metric", "metric_search", "value", "value_max", "low", "high", "unit", "unit_text", "qualifier", "change", "noun", "subject", "subject_key", "period", "period_key", "person_id", "title", "title_search", "organization", "province") SELECT "id", "type", "group_key", "support_count", "first_seen", "last_seen", "year_from", "year_to", "metric", "metric_search", "value", "value_max", "low", "high", "unit", "unit_text", "qualifier", "change", "noun", "subject", "subject_key", "period", "period_key", "person_id", "title", "title_search", "organization", "province" FROM `facts`;--> statement-breakpoint
DROP TABLE `facts`;--> statement-breakpoint
ALTER TABLE `__new_facts` RENAME TO `facts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `facts_group_idx` ON `facts` (`group_key`,`period_key`);--> statement-breakpoint
CREATE INDEX `facts_type_idx` ON `facts` (`type`,`id`);--> statement-breakpoint
CREATE INDEX `facts_person_idx` ON `facts` (`person_id`);--> statement-breakpoint
CREATE INDEX `facts_value_idx` ON `facts` (`value`,`id`);--> statement-breakpoint
CREATE INDEX `facts_support_idx` ON `facts` (`support_count`,`id`);--> statement-breakpoint
CREATE INDEX `facts_last_seen_idx` ON `facts` (`last_seen`,`id`);