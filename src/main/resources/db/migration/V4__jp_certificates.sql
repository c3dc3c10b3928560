-- Issue 5, JP ledger: each credited activity gets a certificate number issued by Kompeten, the number
-- BKN's SIASN course history asks for. Existing entries are numbered the same way.
alter table jp_ledger_entry add column certificate_number varchar(40);
update jp_ledger_entry set certificate_number = 'KMP-JP-' || ledger_year || '-' || lpad(cast(id as varchar(20)), 6, '0');
create unique index jp_ledger_certificate on jp_ledger_entry (certificate_number);
create index jp_ledger_year on jp_ledger_entry (ledger_year, employee_nip);
