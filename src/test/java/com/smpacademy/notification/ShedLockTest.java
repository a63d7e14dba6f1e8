package com.smpacademy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.certification.CertificateExpiryWatch;
import com.smpacademy.support.SpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes' schedulers against one database (H2 here, PostgreSQL in {@link ShedLockPostgresTest}): each has its own connection pool and lock provider, as two
 * app nodes would, and both fire the same job at the same moment. The job runs once. The schema (the
 * {@code shedlock} table) is the one Flyway migrated.
 */
@SpringTest
class ShedLockTest {

    @Autowired DataSource appDataSource;
    @Autowired CertificateExpiryWatch expiryWatch;
    @Autowired ReviewDigest reviewDigest;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    private LockingTaskExecutor node() {
        return new DefaultLockingTaskExecutor(lockProvider());
    }

    private LockProvider lockProvider() {
        DataSource own = new DriverManagerDataSource(url, user, password);
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(own)).usingDbTime().build());
    }

    /**
     * The daily jobs take milliseconds; a second node fires the same cron a moment later (its scheduler woke a
     * little later, or its clock is a little behind). Released at the end of the run, the lock would be free again
     * by then and the job would run twice: seen on two nodes with a cron every 3 s (bench/two-nodes.sh).
     */
    @Test
    void aQuickDailyJobStaysLockedForANodeThatFiresMomentsLater() {
        expiryWatch.daily(); // through ShedLock's proxy, as this node's scheduler calls it
        reviewDigest.daily();
        LockProvider otherNode = lockProvider();
        for (String job : new String[] {"certificate-expiry-watch", "practice-review-digest"}) {
            assertThat(otherNode.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(30),
                    Duration.ZERO))).as(job).isEmpty();
        }
    }

    @Test
    void twoSchedulersFiringTheSameJobTogetherRunItOnce() throws Exception {
        LockingTaskExecutor first = node();
        LockingTaskExecutor second = node();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        String job = "two-node-test-" + System.nanoTime();
        Runnable task = () -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(300); // long enough for the other node to try while this one holds the lock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (LockingTaskExecutor node : new LockingTaskExecutor[] {first, second}) {
            pool.submit(() -> {
                start.await();
                node.executeWithLock(task, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1),
                        Duration.ZERO));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);

        // the next scheduled run, after the first finished, runs again (once)
        second.executeWithLock(task, new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(runs).hasValue(2);
        assertThat(new JdbcTemplate(appDataSource).queryForObject("select count(*) from shedlock where name = ?",
                Integer.class, job)).isEqualTo(1);
    }
}
