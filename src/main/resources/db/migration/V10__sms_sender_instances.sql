-- The instances sending texts now: each takes an equal share of Notify's rate limit.
create table sms_sender_instance (
  instance_id  varchar(36) not null primary key,
  started_at   timestamp with time zone not null,
  seen_at      timestamp with time zone not null
);
