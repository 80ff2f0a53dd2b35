-- Sign-ins can be switched off, and the ones demo mode created are marked, so that a database first
-- started in demo mode keeps no working demo password once demo mode is off.
alter table app_user add column demo boolean default false not null;
alter table app_user add column disabled_at timestamp with time zone;

-- Mark the demo sign-ins of databases seeded before this version: the support desk (only demo mode
-- ever created a platform admin) and the practice admins demo mode added ("Added practice admin x").
update app_user set demo = true
 where role = 'PLATFORM_ADMIN' and username = 'support.desk';
update app_user set demo = true
 where username in (select substring(detail from 22) from audit_entry
                     where actor = 'demo-setup' and action = 'PRACTICE_ADMIN_ADDED'
                       and detail like 'Added practice admin %');
