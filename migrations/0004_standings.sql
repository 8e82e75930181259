CREATE TABLE `cnn_standings` (
	`learner_id` text PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`correct` integer NOT NULL,
	`accuracy` real NOT NULL,
	`submission_id` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`submissions` integer NOT NULL,
	`rkey` integer NOT NULL,
	`prev_rkey` integer,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cnn_standings_order_idx` ON `cnn_standings` (`rkey`,`submitted_at`,`submission_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `cnn_standings_handle_unique` ON `cnn_standings` (`handle`);--> statement-breakpoint
CREATE TABLE `course_standings` (
	`learner_id` text PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`modules_passed` integer NOT NULL,
	`quiz_points` integer NOT NULL,
	`rkey` integer NOT NULL,
	`prev_rkey` integer,
	`reached_at` integer NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `course_standings_order_idx` ON `course_standings` (`rkey`,`reached_at`,`learner_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `course_standings_handle_unique` ON `course_standings` (`handle`);--> statement-breakpoint
CREATE TABLE `module_standings` (
	`learner_id` text NOT NULL,
	`module` text NOT NULL,
	`attempts` integer NOT NULL,
	`best_score` integer NOT NULL,
	`passed` integer NOT NULL,
	`reached_at` integer NOT NULL,
	`credited_attempts` integer NOT NULL,
	PRIMARY KEY(`learner_id`, `module`),
	FOREIGN KEY (`learner_id`) REFERENCES `learners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rank_tree` (
	`board` text NOT NULL,
	`node` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`board`, `node`)
);
--> statement-breakpoint
-- Backfill from the stored rows (nothing is dropped): quiz_attempts.credited comes from migration
-- 0002 (functions/quiz/reveal.ts isCreditedAttempt). Only verified CNN submissions (weights_sha256
-- set, migration 0003) reach the CNN board: rows from before verification prove nothing.
INSERT INTO `module_standings` (learner_id, module, attempts, best_score, passed, reached_at, credited_attempts)
SELECT learner_id, module, count(*), coalesce(max(CASE WHEN credited THEN score END), 0), coalesce(max(CASE WHEN credited THEN passed END), 0), 0, sum(credited)
FROM `quiz_attempts` GROUP BY learner_id, module;
--> statement-breakpoint
UPDATE `module_standings` SET reached_at = (
	SELECT min(a.created_at) FROM `quiz_attempts` a
	WHERE a.learner_id = `module_standings`.learner_id AND a.module = `module_standings`.module AND a.credited AND a.score = `module_standings`.best_score
);
--> statement-breakpoint
-- rkey: functions/standings/keys.ts (course: 2^17 - (passed * 3601 + points); cnn: 2^14 - correct).
INSERT INTO `course_standings` (learner_id, handle, modules_passed, quiz_points, rkey, reached_at)
SELECT learner_id, lower(hex(randomblob(8))), sum(passed), sum(best_score), 131072 - (sum(passed) * 3601 + sum(best_score)), max(reached_at)
FROM `module_standings` GROUP BY learner_id;
--> statement-breakpoint
INSERT INTO `cnn_standings` (learner_id, handle, correct, accuracy, submission_id, submitted_at, submissions, rkey)
SELECT learner_id, lower(hex(randomblob(8))), correct, accuracy, id, created_at, total, 16384 - correct FROM (
	SELECT s.*, ROW_NUMBER() OVER (PARTITION BY learner_id ORDER BY correct DESC, created_at ASC, id ASC) AS n, count(*) OVER (PARTITION BY learner_id) AS total
	FROM `submissions` s WHERE weights_sha256 IS NOT NULL
) WHERE n = 1;
--> statement-breakpoint
-- Fenwick trees: every standing adds 1 to the nodes rkey, rkey + lowbit(rkey), ... (functions/standings/rank-tree.ts).
INSERT INTO `rank_tree` (board, node, n)
WITH RECURSIVE f(i) AS (SELECT rkey FROM `course_standings` UNION ALL SELECT i + (i & -i) FROM f WHERE i + (i & -i) <= 131072)
SELECT 'course', i, count(*) FROM f GROUP BY i;
--> statement-breakpoint
INSERT INTO `rank_tree` (board, node, n)
WITH RECURSIVE f(i) AS (SELECT rkey FROM `cnn_standings` UNION ALL SELECT i + (i & -i) FROM f WHERE i + (i & -i) <= 16384)
SELECT 'cnn', i, count(*) FROM f GROUP BY i;
