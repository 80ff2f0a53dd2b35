-- Self-booking, second step: bookings that EMIS no longer holds at their slot (cancelled from a
-- reminder's link, or cancelled or moved by the practice in EMIS) are recorded as such, with how;
-- identity checks are counted before EMIS is asked, so parallel attempts cannot slip past the limit.

-- how a booking ended when it did not end through our own API or cancel link: REMINDER_LINK, EMIS
-- (and for those two API, PATIENT_LINK); moved_to is the new start of an appointment moved in EMIS
alter table booking add column cancel_channel varchar(16);
alter table booking add column moved_to timestamp with time zone;
-- the reminder cancel link and the reconciliation find bookings by EMIS's appointment id
create index booking_appointment on booking (practice_id, appointment_id);
-- the reconciliation pages through each practice's confirmed future bookings
create index booking_status_start on booking (status, practice_id, slot_start);

-- an identity check in flight: counted as a failure until EMIS has answered (then it becomes one,
-- or is removed), so N parallel attempts never all get past a limit of fewer than N
alter table booking_identity_failure add column in_flight boolean default false not null;

-- one row per throttle key (hashed NHS number or client address), locked while an attempt is
-- counted and recorded, so two attempts are counted one after the other
create table booking_throttle_lock (
  throttle_key varchar(80) primary key
);
