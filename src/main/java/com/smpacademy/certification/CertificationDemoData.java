package com.smpacademy.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Demo certificates (with {@code academy.demo-data=true}): the demo trainee holds a valid one, the second demo
 * trainee an expired one and a revoked one. Their codes are printed at every start, to try the verify page.
 */
@Component
@Order(30)
class CertificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificationDemoData.class);

    private final CertificationService certification;
    private final CertificateRepository certificates;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean demoData;
    private final StatusListService statusList;

    CertificationDemoData(CertificationService certification, CertificateRepository certificates, JdbcTemplate jdbc,
                          TransactionTemplate tx, @Value("${academy.demo-data:true}") boolean demoData,
                          StatusListService statusList) {
        this.statusList = statusList;
        this.certification = certification;
        this.certificates = certificates;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData || certification.programs().isEmpty()) {
            return;
        }
        Program program = certification.programs().stream().filter(p -> p.courseId().equals("smp-practitioner"))
                .findFirst().orElse(certification.programs().get(0));
        tx.executeWithoutResult(status -> {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Map<String, Object> sam = account("trainee@academy.test");
            Map<String, Object> priya = account("trainee2@academy.test");
            if (sam == null || priya == null) {
                return;
            }
            long samId = ((Number) sam.get("id")).longValue();
            long priyaId = ((Number) priya.get("id")).longValue();
            if (certificates.ofHolder(samId).isEmpty()) {
                certification.create(samId, (String) sam.get("display_name"), program, today.minusMonths(2), null,
                        null);
            }
            if (certificates.ofHolder(priyaId).isEmpty()) {
                certification.create(priyaId, (String) priya.get("display_name"), program,
                        today.minusMonths(program.validityMonths() + 2), null, null);
                Certificate revoked = certification.create(priyaId, (String) priya.get("display_name"), program,
                        today.minusMonths(1), null, null);
                revoked.revoke(Instant.now(), "Issued in error", "Demo: issued before the practical assessment.",
                        priyaId);
                statusList.regenerate();
            }
        });
        StringBuilder sb = new StringBuilder("\n\n  Demo certificates (open /verify/<code>):\n");
        for (String email : List.of("trainee@academy.test", "trainee2@academy.test")) {
            Map<String, Object> a = account(email);
            if (a != null) {
                certificates.ofHolder(((Number) a.get("id")).longValue()).forEach(c -> sb.append(String.format(
                        "    %-17s %-8s %s%n", c.code(), CertificationService.statusOf(c, LocalDate.now(
                                ZoneOffset.UTC)).label(), c.holderName())));
            }
        }
        log.info(sb.toString());
    }

    private Map<String, Object> account(String email) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, display_name from user_account where email = ?", email);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
