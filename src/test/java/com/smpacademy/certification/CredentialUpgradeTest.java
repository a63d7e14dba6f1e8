package com.smpacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.account.Role;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringTest
class CredentialUpgradeTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired CredentialUpgrade upgrade;

    @Test
    void certificatesFromBeforeTheStatusListAreReSignedInBatchesEachWithItsOwnPlace() throws Exception {
        long holder = users.create(Role.TRAINEE).id();
        long issuer = users.create(Role.INSTRUCTOR).id();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        int count = CredentialUpgrade.BATCH * 2 + 7; // three batches, the last one short
        List<Object[]> rows = new ArrayList<>();
        LocalDate issued = LocalDate.now().minusDays(30);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"OLD" + tag + "-" + i, holder, "Legacy Holder", "smp-practitioner",
                    "Certified SMP Practitioner", Timestamp.from(Instant.now()), Date.valueOf(issued),
                    Date.valueOf(issued.plusMonths(24)), issuer, "a credential from before Open Badges 3.0", "old"});
        }
        jdbc.batchUpdate("insert into certificate (code, holder_id, holder_name, course_id, program_name, issued_at, "
                + "issued_on, expires_on, issued_by, credential, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);

        upgrade.run(null);

        List<Map<String, Object>> upgraded = jdbc.queryForList("select code, status_index, credential from "
                + "certificate where code like ?", "OLD" + tag + "-%");
        assertThat(upgraded).hasSize(count);
        assertThat(upgraded).allSatisfy(row -> assertThat(row.get("status_index")).isNotNull());
        assertThat(new HashSet<>(upgraded.stream().map(row -> row.get("status_index")).toList())).hasSize(count);
        for (Map<String, Object> row : upgraded) {
            Map<String, Object> payload = SignedJWT.parse((String) row.get("credential")).getPayload().toJSONObject();
            assertThat(payload.get("type").toString()).contains("AchievementCredential");
            assertThat(payload.toString()).contains((String) row.get("code"));
        }
        assertThat(jdbc.queryForObject("select count(*) from certificate where status_index is null", Long.class))
                .isZero();
    }
}
