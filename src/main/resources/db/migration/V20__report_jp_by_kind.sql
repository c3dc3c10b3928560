-- Issue 14: the report breaks JP and participation down by form of development, from the ledger's entries (each
-- credit's kind: a course, an activity, a verified claim). Read through the report's read model, as every table
-- another feature owns (V12).
create view report_jp_ledger_entry as
    select employee_nip, ledger_year, kind, jp from jp_ledger_entry;
comment on view report_jp_ledger_entry is 'read model of the report; table jp_ledger_entry, owned by training';
