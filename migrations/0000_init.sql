CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text,
	`url` text,
	`content_hash` text NOT NULL,
	`title` text,
	`byline` text,
	`source` text,
	`published_at` text,
	`original_text` text NOT NULL,
	`plain_text` text NOT NULL,
	`segmented` integer NOT NULL,
	`search_text` text NOT NULL,
	`extractor_version` integer NOT NULL,
	`entity_count` integer DEFAULT 0 NOT NULL,
	`fact_count` integer DEFAULT 0 NOT NULL,
	`ingested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_external_id_unique` ON `articles` (`external_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_url_unique` ON `articles` (`url`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`search_name` text NOT NULL,
	`attributes` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_kind_key_unique` ON `entities` (`kind`,`key`);--> statement-breakpoint
CREATE INDEX `entities_search_name_idx` ON `entities` (`search_name`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`alias` text NOT NULL,
	`search_alias` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_aliases_entity_alias_unique` ON `entity_aliases` (`entity_id`,`alias`);--> statement-breakpoint
CREATE INDEX `entity_aliases_search_idx` ON `entity_aliases` (`search_alias`);--> statement-breakpoint
CREATE TABLE `fact_entities` (
	`fact_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fact_entities_unique` ON `fact_entities` (`fact_id`,`entity_id`,`role`);--> statement-breakpoint
CREATE INDEX `fact_entities_entity_idx` ON `fact_entities` (`entity_id`,`fact_id`);--> statement-breakpoint
CREATE TABLE `fact_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fact_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`original_start` integer NOT NULL,
	`original_end` integer NOT NULL,
	`text` text NOT NULL,
	`original_text` text NOT NULL,
	`sentence_text` text NOT NULL,
	FOREIGN KEY (`fact_id`) REFERENCES `facts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fact_evidence_fact_idx` ON `fact_evidence` (`fact_id`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`type` text NOT NULL,
	`value` real,
	`value_max` real,
	`unit` text,
	`unit_text` text,
	`qualifier` text,
	`change` text,
	`noun` text,
	`subject` text,
	`period` text,
	`person_id` integer,
	`title` text,
	`organization` text,
	`province` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `facts_article_idx` ON `facts` (`article_id`);--> statement-breakpoint
CREATE INDEX `facts_type_idx` ON `facts` (`type`,`id`);--> statement-breakpoint
CREATE INDEX `facts_person_idx` ON `facts` (`person_id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`original_start` integer NOT NULL,
	`original_end` integer NOT NULL,
	`text` text NOT NULL,
	`original_text` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mentions_article_idx` ON `mentions` (`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_entity_idx` ON `mentions` (`entity_id`,`article_id`);