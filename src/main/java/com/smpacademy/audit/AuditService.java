package com.smpacademy.audit;

import com.smpacademy.common.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only audit log: every feature records what it did here; admins read it. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appends one event, in the caller's transaction when there is one, so an action and its audit record commit or
     * roll back together.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(), entry));
    }

    /**
     * Appends one event in its own transaction: for refusals (a locked-out login) whose caller fails afterwards and
     * would otherwise roll the record back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(), entry));
    }

    /** A page of events matching the filter, newest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        check(filter);
        return events.search(filter, offset, Math.min(Math.max(limit, 1), 500));
    }

    /** How many events match the filter. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        check(filter);
        return events.count(filter);
    }

    private static void check(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw InvalidInputException.of("to", "The end date is before the start date.");
        }
        if (filter.actor() != null && filter.actor().length() > 254) {
            throw InvalidInputException.of("actor", "Use at most 254 characters.");
        }
    }
}
