package com.smpacademy.lti;

import com.smpacademy.security.FramingOrigins;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registered LMSs' origins, for {@code frame-ancestors}. Read on every page response, so held in memory and
 * reloaded when a registration changes here, and every minute for changes made on another node.
 */
@Component
class LtiFramingOrigins implements FramingOrigins {

    private final PlatformStore store;
    private volatile Set<String> origins = Set.of();

    LtiFramingOrigins(PlatformStore store) {
        this.store = store;
    }

    @Override
    public Set<String> origins() {
        return origins;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${academy.lti.framing-refresh-ms:60000}", initialDelay = 60000)
    void refresh() {
        Set<String> all = new LinkedHashSet<>();
        store.all().forEach(p -> all.addAll(p.origins()));
        origins = Set.copyOf(all);
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
