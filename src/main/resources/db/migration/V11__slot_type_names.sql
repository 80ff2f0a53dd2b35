-- One slot type value for reminders and booking: names up to 100 characters everywhere (the
-- reminder tables held 80, booking's 100).
alter table reminder alter column slot_type set data type varchar(100);
alter table reminder_slot_type alter column name set data type varchar(100);
