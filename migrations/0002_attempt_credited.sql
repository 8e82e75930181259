ALTER TABLE `quiz_attempts` ADD `credited` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- Backfill by the credit rule (isCreditedAttempt): credited iff, before it, the learner had
-- fewer than 3 attempts on the module and no passing attempt. (An earlier pass that was not
-- itself credited already implies 3 earlier attempts, so "no earlier pass" suffices.)
UPDATE `quiz_attempts` SET `credited` = (
  (SELECT count(*) FROM `quiz_attempts` AS e WHERE e.`learner_id` = `quiz_attempts`.`learner_id` AND e.`module` = `quiz_attempts`.`module` AND e.`id` < `quiz_attempts`.`id`) < 3
  AND NOT EXISTS (SELECT 1 FROM `quiz_attempts` AS e WHERE e.`learner_id` = `quiz_attempts`.`learner_id` AND e.`module` = `quiz_attempts`.`module` AND e.`id` < `quiz_attempts`.`id` AND e.`passed` = 1)
);
