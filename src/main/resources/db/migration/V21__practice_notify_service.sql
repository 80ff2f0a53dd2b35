-- A practice's own GOV.UK Notify service (issue 13): one Notify service allows 3,000 texts a minute
-- and 250,000 a day, so practices and groups may send through their own. Expand only: a practice
-- without a row sends through the platform's service, as before; the release before ignores both.

-- The API key is held only sealed (AES-GCM, as the EMIS API password); the service id is the part
-- of the key Notify names the service by, kept in clear to share a rate limit and read replies.
create table practice_notify_service (
  practice_id    bigint primary key references practice (id),
  service_id     varchar(36) not null,
  api_key_key_id varchar(40) not null,
  api_key_sealed varchar(600) not null,
  template_id    varchar(36) not null,
  sms_sender_id  varchar(36),
  updated_at     timestamp with time zone,
  updated_by     varchar(120),
  version        bigint not null default 0
);
create index practice_notify_service_by_service on practice_notify_service (service_id);

-- The Notify service a text was sent through, so its delivery status is read from that service
-- even after the practice changes its own; null for texts sent before (the platform's service).
alter table sms_message add column notify_service_id varchar(36);
