CREATE TABLE `daily_writes` (
	`learner_id` text NOT NULL,
	`day` integer NOT NULL,
	`kind` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`learner_id`, `day`, `kind`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
