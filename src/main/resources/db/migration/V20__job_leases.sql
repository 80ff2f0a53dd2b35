-- Schedules that must run on one instance at a time across the cluster (platform.control.Jobs,
-- everyOnce): before each run an instance takes the job's lease with one conditional update; it
-- holds it (renewed) while the run lasts and gives it back at the end. A lease left by an instance
-- that died runs out after jobs.lease-seconds, and the next instance that looks carries on.
-- A row appears the first time an instance looks for its job; nothing else writes here.
create table job_lease (
  name             varchar(80) not null primary key,
  owner            varchar(80),
  leased_until     timestamp with time zone,
  last_run_at      timestamp with time zone,
  last_run_by      varchar(80),
  last_finished_at timestamp with time zone,
  last_result      varchar(200)
);
