CREATE TABLE `article_sentences` (
	`article_id` integer NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`article_id`, `sentence_index`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
