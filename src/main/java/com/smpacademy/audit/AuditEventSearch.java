package com.smpacademy.audit;

import java.util.List;

interface AuditEventSearch {

    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);
}
