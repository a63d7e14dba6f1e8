package com.smpacademy.certification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, after the keys are ready: certificates issued before the status list existed get a place in it and
 * their credential re-signed in the Open Badges 3.0 form (same code, holder, dates); then the list is signed
 * afresh, so the published list always matches the certificates.
 */
@Component
@Order(25)
class CredentialUpgrade implements ApplicationRunner {

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
        tx.executeWithoutResult(status -> {
            List<Certificate> old = certificates.withoutStatusIndex();
            old.forEach(certification::resignCredential);
            if (!old.isEmpty()) {
                log.info("Re-signed {} credential(s) as Open Badges 3.0 with a status-list entry.", old.size());
            }
            statusList.regenerate();
        });
    }
}
