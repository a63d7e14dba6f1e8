package com.smpacademy.audit;

import java.util.List;

interface AuditEventSearch {

    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    /** How many events match, counting no further than {@code cap}. */
    long countUpTo(AuditFilter filter, int cap);
}
