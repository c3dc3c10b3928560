-- Issue 11: the employee's unit (unit kerja: a bidang, the sekretariat, a UPT of the agency), as HR name it in their
-- queue and as programme_indicator.unit names a unit. Optional: a head of the agency belongs to none of its units.
alter table employee add column unit varchar(200);
alter table employee add constraint employee_unit_named check (unit is null or trim(unit) <> '');
