package com.smpacademy.lti;

import com.smpacademy.security.FramingOrigins;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registered LMSs' origins, for {@code frame-ancestors}. Read on every page response, so held in memory and
 * reloaded when a registration changes here, and at most a minute after a change made on another node (every
 * node keeps its own copy, so this is no cluster-wide scheduled job).
 */
@Component
class LtiFramingOrigins implements FramingOrigins {

    private final PlatformStore store;
    static final long MAX_AGE_MILLIS = 60_000;
    private volatile Set<String> origins = Set.of();
    private volatile long loadedAt;

    LtiFramingOrigins(PlatformStore store) {
        this.store = store;
    }

    @Override
    public Set<String> origins() {
        if (System.currentTimeMillis() - loadedAt > MAX_AGE_MILLIS) {
            refresh();
        }
        return origins;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        Set<String> all = new LinkedHashSet<>();
        store.all().forEach(p -> all.addAll(p.origins()));
        origins = Set.copyOf(all);
        loadedAt = System.currentTimeMillis();
    }

    /** Reloads once the registration change is committed (or now, outside a transaction). */
    void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }
}
