-- GP Connect as a second route to a practice's appointment book (issue 15). Expand only: the
-- practice's route defaults to EMIS, so the release before keeps working against this schema.
alter table practice add column integration_route varchar(20) default 'EMIS' not null;

-- The practice's GP Connect provider, as found in the Spine directory (no personal data).
create table gp_connect_settings (
  practice_id       bigint primary key references practice (id),
  endpoint          varchar(500),
  provider_asid     varchar(12),
  provider_ods_code varchar(6),
  updated_at        timestamp with time zone,
  updated_by        varchar(120),
  version           bigint not null default 0
);
