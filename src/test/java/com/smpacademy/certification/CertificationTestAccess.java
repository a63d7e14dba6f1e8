package com.smpacademy.certification;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** For view tests: a fresh certificate without going through every requirement first. */
@TestComponent
public class CertificationTestAccess {

    private final CertificationService certification;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    CertificationTestAccess(CertificationService certification, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.certification = certification;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public String issueWithoutChecks(String email) {
        Map<String, Object> row = jdbc.queryForMap("select id, display_name from user_account where email = ?",
                email);
        Program program = certification.programs().stream().filter(p -> p.courseId().equals("smp-practitioner"))
                .findFirst().orElseThrow();
        return tx.execute(status -> certification.create(((Number) row.get("id")).longValue(),
                (String) row.get("display_name"), program, LocalDate.now(ZoneOffset.UTC), null, null).code());
    }
}
