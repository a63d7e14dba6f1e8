package com.smpacademy.clinic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.clinic.ClinicService;
import com.smpacademy.clinic.ClinicService.ClinicSummary;
import com.smpacademy.support.KaribuTest;
import com.smpacademy.support.TestUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The roster page with 10 and with 1,000 artists: the same number of SQL statements (asserted), and the server time
 * to build and render it printed as figures, three runs each with the 10-artist page as the baseline (not asserted:
 * timing is for benchmarks).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:clinic-bench;DB_CLOSE_DELAY=-1")
class RosterBenchmarkTest extends KaribuTest {

    @Autowired ClinicService clinics;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    private int next;

    private ClinicSummary clinicWith(int artists) {
        AccountPrincipal owner = users.create(Role.CLINIC_OWNER);
        users.loginAs(TestUsers.ADMIN);
        ClinicSummary clinic = clinics.createClinic("Bench " + artists, "Leeds", "b@clinic.example", null,
                owner.email()).clinic();
        long holder = users.create(Role.TRAINEE).id();
        LocalDate today = LocalDate.now();
        List<Object[]> certificates = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < artists; i++) {
            String code = String.format("SMP-B%03d-%04d-X", next / 10_000, next % 10_000);
            next++;
            LocalDate issued = today.minusDays(i % 800);
            certificates.add(new Object[]{code, holder, "Artist " + i, "smp-practitioner", "Certified SMP Practitioner",
                    Timestamp.from(Instant.now()), Date.valueOf(issued), Date.valueOf(issued.plusMonths(24)),
                    i % 50 == 0 ? Timestamp.from(Instant.now()) : null, i % 50 == 0 ? "Other" : null});
            entries.add(new Object[]{clinic.id(), code, i % 3 == 0 ? "note " + i : null, Date.valueOf(today), owner.id()});
        }
        jdbc.batchUpdate("insert into certificate (code, holder_id, holder_name, course_id, program_name, issued_at, "
                + "issued_on, expires_on, revoked_at, revocation_reason, credential, key_id) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'k')", certificates);
        jdbc.batchUpdate("insert into roster_entry (clinic_id, certificate_code, note, added_on, added_by) values "
                + "(?, ?, ?, ?, ?)", entries);
        users.logout();
        return clinic;
    }

    private long render(AccountPrincipal owner, ClinicSummary clinic) {
        login(owner);
        long t0 = System.nanoTime();
        UI.getCurrent().navigate(RosterView.class, QueryParameters.of("clinic", Long.toString(clinic.id())));
        MockVaadin.clientRoundtrip(false);
        return System.nanoTime() - t0;
    }

    @Test
    void theRosterPageRunsAFixedNumberOfStatementsAndRendersAThousandArtists() {
        ClinicSummary small = clinicWith(10);
        AccountPrincipal smallOwner = ownerOf(small);
        ClinicSummary large = clinicWith(1000);
        AccountPrincipal largeOwner = ownerOf(large);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();

        render(smallOwner, small);
        render(largeOwner, large);
        stats.clear();
        render(smallOwner, small);
        long smallStatements = stats.getPrepareStatementCount();
        assertThat(_get(RosterView.class).roster().rows()).hasSize(10);
        stats.clear();
        render(largeOwner, large);
        long largeStatements = stats.getPrepareStatementCount();
        assertThat(_get(RosterView.class).roster().rows()).hasSize(1000);
        assertThat(largeStatements).isEqualTo(smallStatements);

        StringBuilder runs = new StringBuilder();
        for (int run = 1; run <= 3; run++) {
            long base = render(smallOwner, small);
            long big = render(largeOwner, large);
            runs.append(String.format(" run %d: 10 artists %.1f ms, 1,000 artists %.1f ms (ratio %.1f);", run,
                    base / 1e6, big / 1e6, (double) big / base));
        }
        System.out.printf("[figures] roster page (server time: navigation, service, grid render):%s %d SQL "
                + "statements at either size%n", runs, largeStatements);
    }

    private AccountPrincipal ownerOf(ClinicSummary clinic) {
        Long id = jdbc.queryForObject("select user_id from clinic_owner where clinic_id = ?", Long.class,
                clinic.id());
        String email = jdbc.queryForObject("select email from user_account where id = ?", String.class, id);
        return users.principal(email);
    }
}
