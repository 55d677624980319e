ALTER TABLE `fact_evidence` ADD `metric` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `indicator` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `status` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `period_text` text;--> statement-breakpoint
ALTER TABLE `fact_evidence` ADD `compared_to` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `indicator` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `status` text;--> statement-breakpoint
ALTER TABLE `facts` ADD `subject_search` text;--> statement-breakpoint
CREATE INDEX `facts_indicator_idx` ON `facts` (`indicator`,`id`);