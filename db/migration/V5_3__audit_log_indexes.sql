-- The audit log is read newest first by id and searched with LIKE '%…%' (AuditService): neither index
-- served a query, and every workflow step paid for both on each audit row it wrote.
DROP INDEX ix_audit_log_time ON audit_log;
DROP INDEX ix_audit_log_entity ON audit_log;
