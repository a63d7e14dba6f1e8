package com.smpacademy.audit;

import com.smpacademy.common.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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

    /** Counts of matching events stop here: the log shows "10,000+ events" beyond it. */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many events match the filter, up to {@link #COUNT_CAP}: a count equal to the cap means "at least that
     * many". Counting stops there because an exact count reads every matching row on PostgreSQL. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public EventCount count(AuditFilter filter) {
        check(filter);
        long counted = events.countUpTo(filter, COUNT_CAP);
        return new EventCount(counted, counted >= COUNT_CAP);
    }

    /** A count of events; {@code atLeast} when counting stopped at the cap and there may be more. */
    public record EventCount(long value, boolean atLeast) {

        /** "1 event", "37 events", "10,000+ events". */
        public String label() {
            return String.format(Locale.ROOT, "%,d", value) + (atLeast ? "+" : "")
                    + (value == 1 && !atLeast ? " event" : " events");
        }
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
