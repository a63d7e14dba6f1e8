package com.smpacademy.lti;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data ({@code academy.demo-data=true}): one sample LMS connection, marked "Sample", so the LMS connections
 * page shows what a registration looks like. Its addresses are on example.org: no launch can come from it.
 */
@Component
@Order(40)
class LtiDemoData implements ApplicationRunner {

    private final PlatformStore store;
    private final LtiFramingOrigins framing;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demoData;

    LtiDemoData(PlatformStore store, LtiFramingOrigins framing, TransactionTemplate tx, Clock clock,
                @Value("${academy.demo-data:true}") boolean demoData) {
        this.store = store;
        this.framing = framing;
        this.tx = tx;
        this.clock = clock;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        tx.executeWithoutResult(status -> {
            if (store.all().stream().noneMatch(LtiPlatform::sample)) {
                String site = "https://moodle.example.org";
                store.insert(new LtiPlatform(0, "Sample Moodle (example, replace with yours)", site, "SampleClient42",
                        List.of("1"), site + "/mod/lti/auth.php", site + "/mod/lti/token.php",
                        site + "/mod/lti/certs.php", List.of(), false, true), clock.instant());
            }
        });
        framing.refresh();
    }
}
