-- Text messages patients sent back to the service's number (Notify's "received text messages").
create table sbx_notify_received (
  id             uuid not null primary key,
  service_id     uuid not null,
  user_number    varchar(20) not null,
  notify_number  varchar(20) not null,
  content        varchar(2000) not null,
  created_at     timestamp with time zone not null
);
create index sbx_notify_received_service_time on sbx_notify_received (service_id, created_at);
