CREATE TABLE `learners` (
	`id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`name_key` text NOT NULL,
	`token_hash` text NOT NULL,
	`recovery_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `learners_name_key_unique` ON `learners` (`name_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `learners_token_hash_unique` ON `learners` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `learners_recovery_hash_unique` ON `learners` (`recovery_hash`);--> statement-breakpoint
CREATE TABLE `quiz_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`learner_id` text NOT NULL,
	`module` text NOT NULL,
	`correct` integer NOT NULL,
	`total` integer NOT NULL,
	`score` integer NOT NULL,
	`passed` integer NOT NULL,
	`answers` text NOT NULL,
	`result` text NOT NULL,
	`idempotency_key` text,
	`request_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_attempts_learner_module_idx` ON `quiz_attempts` (`learner_id`,`module`);--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_attempts_idempotency_unique` ON `quiz_attempts` (`learner_id`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`learner_id` text NOT NULL,
	`accuracy` real NOT NULL,
	`correct` integer NOT NULL,
	`predictions` text NOT NULL,
	`client_epochs` integer NOT NULL,
	`client_batch_size` integer NOT NULL,
	`client_training_seconds` real NOT NULL,
	`client_backend` text NOT NULL,
	`client_param_count` integer NOT NULL,
	`idempotency_key` text,
	`request_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `submissions_learner_idx` ON `submissions` (`learner_id`);--> statement-breakpoint
CREATE INDEX `submissions_accuracy_idx` ON `submissions` (`accuracy`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_idempotency_unique` ON `submissions` (`learner_id`,`idempotency_key`);