package com.smpacademy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CohortService;
import com.smpacademy.account.CohortSummary;
import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificateIssued;
import com.smpacademy.certification.CertificateRevoked;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.notification.NotificationService.Channel;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Decision;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.Rubric;
import com.smpacademy.support.MailTest;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Messages through a real SMTP server (GreenMail): recipients, subjects, links, escaping, outages, preferences. */
class NotificationMailTest extends MailTest {

    @Autowired PracticeService practice;
    @Autowired CohortService cohorts;
    @Autowired NotificationService notifications;
    @Autowired OutboxSender sender;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    @Autowired MutableClock clock;

    AccountPrincipal trainee;
    AccountPrincipal instructor;

    @BeforeEach
    void cohort() {
        clock.reset();
        sender.deliverDue(); // whatever other tests left in the shared database goes out first
        trainee = users.create(Role.TRAINEE);
        instructor = users.create(Role.INSTRUCTOR);
        users.loginAs(TestUsers.ADMIN);
        CohortSummary cohort = cohorts.create("Mail " + UUID.randomUUID().toString().substring(0, 8), null);
        cohorts.addMember(cohort.id(), trainee.id());
        cohorts.addMember(cohort.id(), instructor.id());
    }

    @AfterEach
    void logout() {
        users.logout();
        clock.reset();
    }

    long submittedEntry() {
        users.loginAs(trainee);
        long id = practice.save(null, new EntryForm(LocalDate.now(ZoneOffset.UTC).minusDays(1), 90,
                Setting.MANNEQUIN, Skill.HAIRLINE_DESIGN, "3RL", 0.30, "SMP carbon black", "1:3", "Norwood 4",
                null, "Soft frontal edge."));
        practice.submit(id);
        return id;
    }

    @Test
    void anApprovedEntryReachesTheTraineeByMailWithTheCommentEscapedAndALinkToTheEntry() throws Exception {
        long entry = submittedEntry();
        users.loginAs(instructor);
        practice.decide(entry, Decision.APPROVE, new Rubric(4, 4, 5, 4, 5), "<b>Neat</b> & even spacing");

        assertThat(sender.deliverDue()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mail = mailTo(trainee.email());
        assertThat(mail).hasSize(1);
        MimeMessage m = mail.get(0);
        assertThat(m.getSubject()).isEqualTo("Practice entry approved · SMP Academy");
        assertThat(m.getFrom()[0].toString()).contains("SMP Academy");
        assertThat(m.getHeader("Message-ID")[0]).startsWith("<outbox-");
        String html = html(m);
        String text = text(m);
        assertThat(html).contains("&lt;b&gt;Neat&lt;/b&gt; &amp; even spacing").doesNotContain("<b>Neat</b>")
                .contains("href=\"https://academy.example/practice/entry/" + entry + "\"")
                .contains("https://academy.example/profile");
        assertThat(text).contains("<b>Neat</b> & even spacing")
                .contains("Open the entry: https://academy.example/practice/entry/" + entry)
                .contains("You receive this e-mail because").contains("To choose which messages you receive");
        assertThat(jdbc.queryForObject("select status from outbox_message where to_address = ?", String.class,
                trainee.email())).isEqualTo("SENT");

        users.loginAs(trainee);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.mine(0, 10).get(0).link()).isEqualTo("practice/entry/" + entry);
    }

    @Test
    void changesRequestedAndRejectedCarryTheInstructorsComment() throws Exception {
        long first = submittedEntry();
        long second = submittedEntry();
        users.loginAs(instructor);
        practice.decide(first, Decision.REQUEST_CHANGES, null, "Add the needle depth please.");
        practice.decide(second, Decision.REJECT, null, "This was not a supervised session.");
        sender.deliverDue();

        List<String> subjects = mailTo(trainee.email()).stream().map(MailTestSupport::subject).toList();
        assertThat(subjects).containsExactlyInAnyOrder("Changes requested on your practice entry · SMP Academy",
                "Practice entry rejected · SMP Academy");
        assertThat(mailTo(trainee.email()).stream().map(MailTestSupport::textOf))
                .anyMatch(t -> t.contains("Add the needle depth please."))
                .anyMatch(t -> t.contains("This was not a supervised session."));
    }

    @Test
    void aCertificateIssuedMessageLinksToItsPdfAndARevocationGivesTheReason() throws Exception {
        tx.executeWithoutResult(s -> {
            events.publishEvent(new CertificateIssued("SMP-TEST-ISSU-1", trainee.id(), trainee.displayName(),
                    "smp-practitioner", "SMP Practitioner", LocalDate.of(2026, 1, 10), LocalDate.of(2028, 1, 10),
                    null, Instant.now()));
            events.publishEvent(new CertificateRevoked("SMP-TEST-ISSU-1", trainee.id(), trainee.displayName(),
                    "SMP Practitioner", "Issued in error", "Assessment <not> recorded", Instant.now()));
        });
        sender.deliverDue();

        List<MimeMessage> mail = mailTo(trainee.email());
        assertThat(mail).hasSize(2);
        MimeMessage issued = mail.stream().filter(m -> subject(m).startsWith("Your certificate has been issued"))
                .findFirst().orElseThrow();
        assertThat(text(issued)).contains("Download the PDF: https://academy.example/certificate-pdf/SMP-TEST-ISSU-1")
                .contains("https://academy.example/verify/SMP-TEST-ISSU-1").contains("10 January 2028");
        MimeMessage revoked = mail.stream().filter(m -> subject(m).startsWith("Your certificate was revoked"))
                .findFirst().orElseThrow();
        assertThat(text(revoked)).contains("Reason: Issued in error — Assessment <not> recorded");
        assertThat(html(revoked)).contains("Assessment &lt;not&gt; recorded");
    }

    @Test
    void anSmtpOutageIsRetriedWithBackOffAndEverythingArrivesExactlyOnceAfterRecovery() throws Exception {
        greenMail.stop();
        long entry = submittedEntry();
        users.loginAs(instructor);
        practice.decide(entry, Decision.APPROVE, new Rubric(4, 4, 4, 4, 4), null);
        tx.executeWithoutResult(s -> notifications.send(new Notice(trainee.id(), MessageTemplates.CERTIFICATE_ISSUED,
                "Second message", List.of("Also during the outage."), null, null)));

        assertThat(sender.deliverDue()).isZero();
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("select status, attempts, last_error, "
                + "next_attempt_at from outbox_message where to_address = ?", trainee.email());
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("RETRYING");
            assertThat(r.get("attempts")).isEqualTo(1);
            assertThat((String) r.get("last_error")).isNotBlank();
        });
        // not due yet: nothing is tried again before the back-off has passed
        assertThat(sender.deliverDue()).isZero();
        assertThat(jdbc.queryForObject("select max(attempts) from outbox_message where to_address = ?",
                Integer.class, trainee.email())).isEqualTo(1);

        greenMail.start();
        clock.advance(Duration.ofSeconds(2));
        assertThat(sender.deliverDue()).isGreaterThanOrEqualTo(2);
        sender.deliverDue();
        clock.advance(Duration.ofHours(1));
        sender.deliverDue();

        assertThat(mailTo(trainee.email())).hasSize(2);
        assertThat(jdbc.queryForList("select status from outbox_message where to_address = ?", String.class,
                trainee.email())).containsOnly("SENT");
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterTheLastAttemptAndAnAdminCanSendItAgain() {
        greenMail.stop();
        tx.executeWithoutResult(s -> notifications.send(new Notice(trainee.id(), MessageTemplates.CERTIFICATE_ISSUED,
                "Stubborn", List.of("Keeps failing."), null, null)));
        for (int i = 0; i < 3; i++) {
            sender.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }
        long id = jdbc.queryForObject("select id from outbox_message where to_address = ?", Long.class,
                trainee.email());
        assertThat(jdbc.queryForObject("select status from outbox_message where id = ?", String.class, id))
                .isEqualTo("FAILED");

        greenMail.start();
        users.loginAs(TestUsers.ADMIN);
        assertThat(notifications.retry(id).status()).isEqualTo(OutboxStatus.PENDING);
        sender.deliverDue();
        assertThat(mailTo(trainee.email())).hasSize(1);
        assertThatThrownBy(() -> notifications.retry(id)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aNodeKilledWhileSendingLeavesAClaimThatExpiresAndTheMessageStillGoesOut() {
        tx.executeWithoutResult(s -> notifications.send(new Notice(trainee.id(), MessageTemplates.CERTIFICATE_ISSUED,
                "Interrupted", List.of("The node died mid-send."), null, null)));
        // what a kill -9 between claiming and sending leaves behind
        jdbc.update("update outbox_message set status = 'SENDING', claimed_by = 'dead-node', claimed_until = ?, "
                + "attempts = 1 where to_address = ?", java.sql.Timestamp.from(clock.instant().plusSeconds(60)),
                trainee.email());
        assertThat(sender.deliverDue()).isZero();
        assertThat(mailTo(trainee.email())).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        sender.deliverDue();
        assertThat(mailTo(trainee.email())).hasSize(1);
    }

    @Test
    void preferencesAreRespectedPerChannelButSecurityMessagesCannotBeTurnedOff() {
        users.loginAs(trainee);
        notifications.setPreference(MessageTemplates.PRACTICE_REVIEWED, Channel.EMAIL, false);
        assertThatThrownBy(() -> notifications.setPreference(MessageTemplates.PASSWORD_RESET, Channel.EMAIL, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be turned off");
        assertThat(notifications.myPreferences()).anySatisfy(p -> {
            assertThat(p.kind().key()).isEqualTo(MessageTemplates.PRACTICE_REVIEWED);
            assertThat(p.email()).isFalse();
            assertThat(p.inApp()).isTrue();
        }).noneMatch(p -> p.kind().key().equals(MessageTemplates.PRACTICE_DIGEST));

        long first = submittedEntry();
        users.loginAs(instructor);
        practice.decide(first, Decision.APPROVE, new Rubric(4, 4, 4, 4, 4), null);
        sender.deliverDue();
        assertThat(mailTo(trainee.email())).isEmpty();
        users.loginAs(trainee);
        assertThat(notifications.unreadCount()).isEqualTo(1);

        notifications.setPreference(MessageTemplates.PRACTICE_REVIEWED, Channel.IN_APP, false);
        long second = submittedEntry();
        users.loginAs(instructor);
        practice.decide(second, Decision.APPROVE, new Rubric(4, 4, 4, 4, 4), null);
        users.loginAs(trainee);
        assertThat(notifications.unreadCount()).isEqualTo(1);

        notifications.setPreference(MessageTemplates.PRACTICE_REVIEWED, Channel.EMAIL, true);
        long third = submittedEntry();
        users.loginAs(instructor);
        practice.decide(third, Decision.APPROVE, new Rubric(4, 4, 4, 4, 4), null);
        sender.deliverDue();
        assertThat(mailTo(trainee.email())).hasSize(1);
    }

    static String subject(MimeMessage m) {
        return MailTestSupport.subject(m);
    }
}
