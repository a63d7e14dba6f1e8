package com.smpacademy.clinic;

import com.smpacademy.certification.CertificateExpiring;
import com.smpacademy.certification.CertificateRevoked;
import com.smpacademy.certification.CertificateStatus;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.VerificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo clinic (with {@code academy.demo-data=true}, after certification's demo data): the demo clinic owner owns
 * "Demo Clinic", whose roster holds the demo certificates (valid, expired, revoked, expiring within 30 days), with
 * the alerts those certificates raised and the demo trainee as its sponsored trainee.
 */
@Component
@Order(40)
class ClinicDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ClinicDemoData.class);

    private final ClinicRepository clinics;
    private final ClinicOwnerRepository owners;
    private final RosterEntryRepository roster;
    private final SponsorshipRepository sponsorships;
    private final ClinicAlerts alerts;
    private final VerificationService verification;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demoData;

    ClinicDemoData(ClinicRepository clinics, ClinicOwnerRepository owners, RosterEntryRepository roster,
                   SponsorshipRepository sponsorships, ClinicAlerts alerts, VerificationService verification,
                   JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
                   @Value("${academy.demo-data:true}") boolean demoData) {
        this.clinics = clinics;
        this.owners = owners;
        this.roster = roster;
        this.sponsorships = sponsorships;
        this.alerts = alerts;
        this.verification = verification;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData) {
            return;
        }
        Long ownerId = id("clinic@academy.test");
        Long traineeId = id("trainee@academy.test");
        if (ownerId == null || !clinics.ownedBy(ownerId).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Clinic clinic = clinics.save(new Clinic("Demo Clinic", "Manchester", "frontdesk@demo-clinic.test",
                    now));
            owners.save(new ClinicOwner(clinic.id(), ownerId, now));
            List<String> codes = jdbc.queryForList("select c.code from certificate c join user_account u on u.id = "
                    + "c.holder_id where u.email in ('trainee@academy.test', 'trainee2@academy.test') "
                    + "order by c.issued_at", String.class);
            Map<String, CertificateView> live = verification.findAll(codes);
            for (String code : codes) {
                roster.save(new RosterEntry(clinic.id(), code, code.equals(codes.get(0)) ? "Senior artist" : null,
                        today.minusDays(14), ownerId));
            }
            // the alerts these certificates would have raised while on the roster
            for (CertificateView c : live.values()) {
                long days = ChronoUnit.DAYS.between(today, c.expiresOn());
                if (c.status() == CertificateStatus.REVOKED) {
                    alerts.on(new CertificateRevoked(c.code(), 0, c.holderName(), c.programName(),
                            c.revocationReason() == null ? "Other" : c.revocationReason(), null, now));
                } else if (c.status() == CertificateStatus.EXPIRED) {
                    alerts.on(new CertificateExpiring(c.code(), 0, c.holderName(), c.programName(), c.expiresOn(), 0,
                            true, now));
                } else if (days <= 30) {
                    alerts.on(new CertificateExpiring(c.code(), 0, c.holderName(), c.programName(), c.expiresOn(),
                            30, true, now));
                }
            }
            if (traineeId != null) {
                sponsorships.save(new Sponsorship(clinic.id(), traineeId, now));
            }
        });
        log.info("Demo clinic: clinic@academy.test owns \"Demo Clinic\" (roster, alerts, one sponsored trainee).");
    }

    private Long id(String email) {
        List<Long> ids = jdbc.queryForList("select id from user_account where email = ?", Long.class, email);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
