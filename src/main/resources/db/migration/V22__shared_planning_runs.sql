-- Planning runs shared out between instances (issue 13): every instance takes practices not yet
-- planned in the run (last_planned_at before the run's start), one practice lease at a time. What
-- planning a practice came to is kept beside its lease, so the instance that asked for the run can
-- report every instance's work: reminders planned and retimed, and appointments that get none.
-- Null when planning failed. Expand only: the previous release neither reads nor writes them.
alter table reminder_settings add column last_plan_reminders integer;
alter table reminder_settings add column last_plan_not_planned integer;
