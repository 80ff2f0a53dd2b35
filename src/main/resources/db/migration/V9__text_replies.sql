-- Texts patients sent back to the Notify service, each read once across every instance. Neither
-- the number nor the words are kept: only Notify's id, when, and what was made of it.
create table sms_reply (
  notify_id    varchar(36)  not null primary key,
  received_at  timestamp with time zone not null,
  read_at      timestamp with time zone not null,
  outcome      varchar(30)  not null
);
create index sms_reply_received on sms_reply (received_at);
