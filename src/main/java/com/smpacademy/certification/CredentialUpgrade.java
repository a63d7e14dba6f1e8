package com.smpacademy.certification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after the keys are ready: certificates issued before the status list existed get a place in it and
 * their credential re-signed in the Open Badges 3.0 form (same code, holder, dates); then the list is signed
 * afresh, so the published list always matches the certificates. The upgrade runs in batches of {@value #BATCH},
 * each in its own transaction: in one transaction, every status-index check flushed all the certificates changed
 * so far, and 5,000 old certificates took over a quarter of an hour.
 */
@Component
@Order(25)
class CredentialUpgrade implements ApplicationRunner {

    static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(CredentialUpgrade.class);

    private final CertificateRepository certificates;
    private final CertificationService certification;
    private final StatusListService statusList;
    private final TransactionTemplate tx;

    CredentialUpgrade(CertificateRepository certificates, CertificationService certification,
                      StatusListService statusList, TransactionTemplate tx) {
        this.certificates = certificates;
        this.certification = certification;
        this.statusList = statusList;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        int upgraded = 0;
        int batch;
        do {
            batch = tx.execute(status -> {
                List<Certificate> old = certificates.withoutStatusIndex(PageRequest.of(0, BATCH));
                old.forEach(certification::resignCredential);
                return old.size();
            });
            upgraded += batch;
            if (batch == BATCH) {
                log.info("Re-signing old credentials as Open Badges 3.0: {} so far", upgraded);
            }
        } while (batch == BATCH);
        if (upgraded > 0) {
            log.info("Re-signed {} credential(s) as Open Badges 3.0 with a status-list entry.", upgraded);
        }
        tx.executeWithoutResult(status -> statusList.regenerate());
    }
}
