package com.smpacademy.lti;

import com.smpacademy.security.FramingOrigins;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registered LMSs' origins, for {@code frame-ancestors}. Read on every page response, so held in memory and
 * reloaded when a registration changes here, and on the first read a minute after the last load for changes made
 * on another node (a per-node cache, so no scheduled job: every node must refresh its own).
 */
@Component
class LtiFramingOrigins implements FramingOrigins {

    private final PlatformStore store;
    private final long refreshNanos;
    private volatile Set<String> origins = Set.of();
    private volatile long loadedAt = System.nanoTime();

    LtiFramingOrigins(PlatformStore store,
                      @Value("${academy.lti.framing-refresh-ms:60000}") long refreshMillis) {
        this.store = store;
        this.refreshNanos = refreshMillis * 1_000_000L;
    }

    @Override
    public Set<String> origins() {
        if (System.nanoTime() - loadedAt > refreshNanos) {
            loadedAt = System.nanoTime();
            refresh();
        }
        return origins;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        Set<String> all = new LinkedHashSet<>();
        store.all().forEach(p -> all.addAll(p.origins()));
        origins = Set.copyOf(all);
        loadedAt = System.nanoTime();
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
