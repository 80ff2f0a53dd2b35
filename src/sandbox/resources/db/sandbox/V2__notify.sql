-- The GOV.UK Notify sandbox's outbox: every text message it accepted, written before it answers
-- 201, so that a message it acknowledged survives a crash. Portable SQL (H2 2.3, PostgreSQL 15).
-- The delivery status is not stored: it follows from the time since creation, the fate chosen
-- when the message was accepted, and a status forced through the admin face.
create table sbx_notify_message (
  id                uuid not null primary key,
  service_id        uuid not null,
  key_name          varchar(255) not null,
  key_type          varchar(10)  not null,
  phone_number      varchar(40)  not null,
  normalised_phone  varchar(20)  not null,
  template_id       uuid not null,
  template_version  integer not null,
  body              varchar(2000) not null,
  reference         varchar(1000),
  sms_sender_id     uuid,
  from_number       varchar(20)  not null,
  fate              varchar(20)  not null,
  forced_status     varchar(20),
  forced_at         timestamp with time zone,
  created_at        timestamp with time zone not null,
  callback_sent_at  timestamp with time zone
);
create index sbx_notify_message_reference on sbx_notify_message (reference);
create index sbx_notify_message_phone on sbx_notify_message (normalised_phone);
create index sbx_notify_message_service_time on sbx_notify_message (service_id, created_at);
