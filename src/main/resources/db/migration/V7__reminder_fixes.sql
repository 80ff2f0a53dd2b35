-- Reminders and the SMS outbox, second round. Portable SQL: H2 2.3 and PostgreSQL 15.

-- A text can be taken back before it goes (state WITHDRAWN). One that may already be at Notify, or
-- is being sent, cannot: it keeps the reason here, is not sent again, and becomes WITHDRAWN when
-- Notify turns out not to have it.
alter table sms_message add column withdraw_reason varchar(200);

-- The cancel link records the patient's request before EMIS is asked, so a cancellation EMIS made
-- is completed here (log, confirmation text) even if the first attempt to record it failed.
alter table reminder_link add column cancel_requested_at timestamp with time zone;

-- Opt-outs are kept by a hash of the NHS number and, as well, of the mobile number (a patient
-- without an NHS number in EMIS can still stop reminders). The hash column keeps its name.
alter table reminder_opt_out add column key_kind varchar(12) default 'NHS_NUMBER' not null;

-- The hand-over works practice by practice: a practice's due reminders.
create index reminder_practice_due on reminder (practice_id, status, send_at);

-- Links still waiting for their cancellation to be completed.
create index reminder_link_cancel_requested on reminder_link (cancel_requested_at);
