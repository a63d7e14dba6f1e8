package com.smpacademy.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review queue and the dashboard with 100,000 entries in the database: their statement counts do not grow with
 * the data (asserted), and the server time is printed as a figure (not asserted: timing is for benchmarks).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:practice-bench;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class PracticeQueueBenchmarkTest {

    @Autowired PracticeService practice;
    @Autowired CohortService cohorts;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory emf;

    @Test
    void theQueueAndDashboardRunAFixedNumberOfStatementsWithOneHundredThousandEntries() {
        AccountPrincipal instructor = users.create(Role.INSTRUCTOR);
        List<AccountPrincipal> trainees = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            trainees.add(users.create(Role.TRAINEE));
        }
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = cohorts.create("Benchmark cohort", null);
        cohorts.addMember(cohort.id(), instructor.id());
        trainees.forEach(t -> cohorts.addMember(cohort.id(), t.id()));

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        users.loginAs(instructor);
        insert(trainees, 100);
        stats.clear();
        practice.queue(PracticeService.QueueFilter.none(), 0, 50);
        long smallPage = stats.getPrepareStatementCount();
        stats.clear();
        practice.queueCount(PracticeService.QueueFilter.none());
        long smallCount = stats.getPrepareStatementCount();

        insert(trainees, 100_000 - 100);
        long total = jdbc.queryForObject("select count(*) from practice_entry", Long.class);
        assertThat(total).isEqualTo(100_000);

        // warm up once, then measure
        practice.queue(PracticeService.QueueFilter.none(), 0, 50);
        stats.clear();
        long t0 = System.nanoTime();
        List<PracticeService.QueueItem> page = practice.queue(PracticeService.QueueFilter.none(), 0, 50);
        long pageMicros = (System.nanoTime() - t0) / 1000;
        long bigPage = stats.getPrepareStatementCount();
        stats.clear();
        t0 = System.nanoTime();
        long waiting = practice.queueCount(PracticeService.QueueFilter.none());
        long countMicros = (System.nanoTime() - t0) / 1000;
        long bigCount = stats.getPrepareStatementCount();
        t0 = System.nanoTime();
        practice.queue(new PracticeService.QueueFilter(trainees.get(3).id(), PracticeEnums.Setting.MANNEQUIN,
                null), 0, 50);
        long filteredMicros = (System.nanoTime() - t0) / 1000;

        System.out.printf("[figures] review queue with %d entries: page of 50 in %.1f ms, count (%d waiting) in "
                        + "%.1f ms, filtered page in %.1f ms; %d + %d statements%n", total, pageMicros / 1000.0,
                waiting, countMicros / 1000.0, filteredMicros / 1000.0, bigPage, bigCount);
        assertThat(page).hasSize(50);
        assertThat(page.get(0).submittedAt()).isBeforeOrEqualTo(page.get(49).submittedAt());
        assertThat(bigPage).isEqualTo(smallPage).isEqualTo(1);
        assertThat(bigCount).isEqualTo(smallCount).isEqualTo(1);

        users.loginAs(trainees.get(0));
        stats.clear();
        t0 = System.nanoTime();
        practice.myDashboard();
        long dashMicros = (System.nanoTime() - t0) / 1000;
        System.out.printf("[figures] trainee dashboard with %d own entries: %.1f ms, %d statements%n",
                jdbc.queryForObject("select count(*) from practice_entry where trainee_id = ?", Long.class,
                        trainees.get(0).id()), dashMicros / 1000.0, stats.getPrepareStatementCount());
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(4);
    }

    /** Submitted entries spread over the trainees, settings and the past year, in JDBC batches. */
    private void insert(List<AccountPrincipal> trainees, int count) {
        Instant base = Instant.now().minusSeconds(365L * 24 * 3600);
        List<Object[]> batch = new ArrayList<>();
        PracticeEnums.Setting[] settings = PracticeEnums.Setting.values();
        PracticeEnums.Skill[] skills = PracticeEnums.Skill.values();
        for (int i = 0; i < count; i++) {
            Instant submitted = base.plusSeconds(i * 300L);
            AccountPrincipal t = trainees.get(i % trainees.size());
            PracticeEnums.Setting setting = settings[i % settings.length];
            batch.add(new Object[] {t.id(), Date.valueOf(LocalDate.now().minusDays(i % 360)), 60, setting.name(),
                    skills[i % skills.length].name(), setting == PracticeEnums.Setting.LIVE_MODEL ? null : null,
                    Timestamp.from(submitted), Timestamp.from(submitted), Timestamp.from(submitted)});
            if (batch.size() == 5000 || i == count - 1) {
                jdbc.batchUpdate("insert into practice_entry (trainee_id, practice_date, minutes, setting, skill, "
                        + "supervisor_id, status, submitted_at, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, 0)", batch);
                batch.clear();
            }
        }
    }
}
