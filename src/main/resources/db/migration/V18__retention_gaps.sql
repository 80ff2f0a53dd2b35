-- Retention of what was kept for ever (docs/data-protection.md, "Known gaps").

-- Invitations: the NHS number and mobile are removed 30 days after use or expiry; the row stays
-- for the practice's list of sent invitations and the bookings made with it.
alter table booking_invitation alter column nhs_number drop not null;
alter table booking_invitation alter column mobile drop not null;

-- Patient lock rows: deleted once the patient has no bookings left; the time the row was made
-- keeps a row that a booking is just about to lock.
alter table booking_patient_lock add column created_at timestamp with time zone
  default current_timestamp not null;

-- Serious incidents are kept 20 years instead of 10 (Records Management Code); who marked one
-- serious, and when, is in the audit trail as well.
alter table safety_incident add column serious boolean default false not null;
alter table safety_incident add column serious_marked_at timestamp with time zone;
alter table safety_incident add column serious_marked_by varchar(120);

-- the retention job's "no delivery of this event left" and "no reminder points at this text"
create index webhook_delivery_event on webhook_delivery (event_id);
create index webhook_event_time on webhook_event (occurred_at);
create index reminder_sms_message on reminder (sms_message_id);
create index reminder_link_reminder on reminder_link (reminder_id);
create index inbox_message_time on inbox_message (created_at);
create index emis_connection_test_time on emis_connection_test (checked_at);

insert into retention_run (kind) values ('BOOKING_INVITATIONS');
insert into retention_run (kind) values ('BOOKING_PATIENT_LOCKS');
insert into retention_run (kind) values ('WEBHOOK_DELIVERIES');
insert into retention_run (kind) values ('WEBHOOK_EVENTS');
insert into retention_run (kind) values ('SERIOUS_SAFETY_INCIDENTS');
insert into retention_run (kind) values ('INBOX_NOTICES');
insert into retention_run (kind) values ('CONNECTION_TESTS');
insert into retention_run (kind) values ('REMINDER_ROWS');
insert into retention_run (kind) values ('TEXT_ROWS');
