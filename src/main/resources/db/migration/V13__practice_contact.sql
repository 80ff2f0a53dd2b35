-- How patients reach the practice: shown on the patient pages, where they say "phone the practice".
alter table practice add column phone varchar(20);
alter table practice add column address varchar(300);
