-- Requests each API key made in each fixed window, summed over every instance (each instance
-- reports its own counts about once a second); rows older than an hour are removed.
create table api_request_count (
  key_ref      varchar(80) not null,
  window_start timestamp with time zone not null,
  requests     bigint not null,
  primary key (key_ref, window_start)
);
