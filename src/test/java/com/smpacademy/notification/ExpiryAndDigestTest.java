package com.smpacademy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificateExpiryWatch;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily jobs: expiry reminders once per certificate and threshold, and the instructors' digest. */
@SpringTest
class ExpiryAndDigestTest {

    @Autowired CertificateExpiryWatch watch;
    @Autowired ReviewDigest digest;
    @Autowired PracticeService practice;
    @Autowired CohortService cohorts;
    @Autowired NotificationService notifications;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    AccountPrincipal holder;

    @BeforeEach
    void aHolder() {
        clock.reset();
        holder = users.create(Role.TRAINEE);
    }

    @AfterEach
    void tidy() {
        // these rows carry no signed credential: leave none behind for the credential conformance tests
        String ours = "select id from certificate where code like 'SMP-%-TEST-1'";
        jdbc.update("delete from certificate_expiry_notice where certificate_id in (" + ours + ")");
        List<Long> renewals = jdbc.queryForList("select id from certificate where replaces_id in (" + ours + ")",
                Long.class);
        for (long renewal : renewals) {
            jdbc.update("delete from certificate_expiry_notice where certificate_id = ?", renewal);
        }
        jdbc.update("update certificate set replaces_id = null where replaces_id in (" + ours + ")");
        jdbc.update("delete from certificate where code like 'SMP-%-TEST-1'");
        clock.reset();
        users.logout();
    }

    long certificateExpiringIn(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String code = "SMP-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-TEST-1";
        jdbc.update("insert into certificate (code, holder_id, holder_name, course_id, program_name, issued_at, "
                        + "issued_on, expires_on, credential, key_id) values (?, ?, ?, 'smp-practitioner', "
                        + "'SMP Practitioner', ?, ?, ?, 'jws', 'kid')", code, holder.id(), holder.displayName(),
                Timestamp.from(clock.instant()), Date.valueOf(today.minusYears(2)), Date.valueOf(today.plusDays(days)));
        return jdbc.queryForObject("select id from certificate where code = ?", Long.class, code);
    }

    List<String> subjects() {
        return jdbc.queryForList("select subject from outbox_message where recipient_id = ? order by id",
                String.class, holder.id());
    }

    List<Integer> thresholds(long certificateId) {
        return jdbc.queryForList("select threshold_days from certificate_expiry_notice where certificate_id = ? "
                + "order by threshold_days desc", Integer.class, certificateId);
    }

    @Test
    void theReminderJobRunTwiceSendsOnce() {
        long id = certificateExpiringIn(45);
        watch.run();
        watch.run();
        assertThat(thresholds(id)).containsExactly(60);
        assertThat(subjects()).containsExactly("Your certificate expires in 60 days · SMP Academy");
        users.loginAs(holder);
        assertThat(notifications.mine(0, 10)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Your certificate expires in 60 days");
            assertThat(n.body()).contains("Renewal is open");
        });
    }

    @Test
    void eachThresholdIsSentOnceAsDaysPassAndAMissedDayStillSendsTheNearestOne() {
        long id = certificateExpiringIn(61);
        watch.run();
        assertThat(thresholds(id)).isEmpty();
        clock.advance(Duration.ofDays(1));
        watch.run();
        assertThat(thresholds(id)).containsExactly(60);
        // the job did not run for weeks: the 30-day notice is sent late, once
        clock.advance(Duration.ofDays(35));
        watch.run();
        watch.run();
        assertThat(thresholds(id)).containsExactly(60, 30);
        clock.advance(Duration.ofDays(20));
        watch.run();
        clock.advance(Duration.ofDays(10));
        watch.run();
        watch.run();
        assertThat(thresholds(id)).containsExactly(60, 30, 7, 0);
        assertThat(subjects()).containsExactly("Your certificate expires in 60 days · SMP Academy",
                "Your certificate expires in 30 days · SMP Academy", "Your certificate expires in 7 days · SMP Academy",
                "Your certificate has expired · SMP Academy");
    }

    @Test
    void aCertificateFoundWithinSevenDaysGetsOnlyTheSevenDayNoticeAndAClockSetBackSendsNothing() {
        long id = certificateExpiringIn(5);
        watch.run();
        assertThat(thresholds(id)).containsExactly(7);
        clock.advance(Duration.ofDays(-40));
        watch.run();
        assertThat(thresholds(id)).containsExactly(7);
        assertThat(subjects()).containsExactly("Your certificate expires in 7 days · SMP Academy");
    }

    @Test
    void revokedRenewedAndLongExpiredCertificatesGetNoReminder() {
        long revoked = certificateExpiringIn(20);
        jdbc.update("update certificate set revoked_at = ?, revocation_reason = 'Issued in error' where id = ?",
                Timestamp.from(clock.instant()), revoked);
        long renewed = certificateExpiringIn(20);
        long successor = certificateExpiringIn(750);
        jdbc.update("update certificate set replaces_id = ? where id = ?", renewed, successor);
        long longExpired = certificateExpiringIn(-90);
        watch.run();
        assertThat(thresholds(revoked)).isEmpty();
        assertThat(thresholds(renewed)).isEmpty();
        assertThat(thresholds(longExpired)).isEmpty();
        assertThat(subjects()).isEmpty();
    }

    @Test
    void theDigestGoesOncePerDayOnlyToInstructorsWithWaitingEntries() {
        AccountPrincipal busy = users.create(Role.INSTRUCTOR);
        AccountPrincipal idle = users.create(Role.INSTRUCTOR);
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary withEntries = cohorts.create("Digest " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(withEntries.id(), busy.id());
        cohorts.addMember(withEntries.id(), trainee.id());
        CohortSummary empty = cohorts.create("Quiet " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(empty.id(), idle.id());
        users.loginAs(trainee);
        for (int i = 1; i <= 2; i++) {
            long entry = practice.save(null, new EntryForm(LocalDate.now(ZoneOffset.UTC).minusDays(i), 60,
                    Setting.SYNTHETIC_SKIN, Skill.NEEDLE_DEPTH, null, null, null, null, null, null, null));
            practice.submit(entry);
        }
        users.logout();

        digest.run();
        digest.run();
        assertThat(jdbc.queryForList("select subject from outbox_message where recipient_id = ?", String.class,
                busy.id())).containsExactly("2 practice entries are waiting for review · SMP Academy");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_id = ?", Integer.class,
                idle.id())).isZero();

        clock.advance(Duration.ofDays(1));
        digest.run();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient_id = ?", Integer.class,
                busy.id())).isEqualTo(2);
    }
}
