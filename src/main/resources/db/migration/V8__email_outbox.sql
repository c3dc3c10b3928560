-- Email outbox (issue 10): a step only records its emails (status REQUESTED) and creates a job in its own
-- transaction; that job sends after the step committed. So the row carries what the job sends, and for a
-- reminder or escalation the task it is about, checked again before sending (gone: status OBSOLETE).
alter table email_message add column content text;          -- the composed email as JSON
alter table email_message add column about_task varchar(64); -- Camunda task id, or null
-- status: REQUESTED, then SENT | NO_ADDRESS | MAIL_DISABLED | OBSOLETE
