package com.smpacademy.audit;

import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete is exposed, so the audit log is append-only. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, AuditEventSearch {

    AuditEvent save(AuditEvent event);

    long count();
}
