package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.notification.OutboxSender;
import com.smpacademy.support.MailTest;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** "Forgot password?" end to end through a real SMTP server: request, e-mail, link, new password. */
class PasswordResetFlowTest extends MailTest {

    private static final Pattern LINK = Pattern.compile("https://academy\\.example/reset-password\\?token=([A-Za-z0-9_-]+)");
    private static final String OLD = "correct-horse-42";
    private static final String NEW = "a brand new pass 7";

    @Autowired PasswordResetService resets;
    @Autowired AccountService accounts;
    @Autowired AccountAuthenticationProvider authentication;
    @Autowired OutboxSender sender;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    AccountPrincipal person;

    @BeforeEach
    void someone() {
        clock.reset();
        sender.deliverDue();
        person = users.create(Role.TRAINEE, OLD);
    }

    @AfterEach
    void tidy() {
        clock.reset();
        users.logout();
    }

    private String tokenFromMail() throws Exception {
        sender.deliverDue();
        List<MimeMessage> mail = mailTo(person.email());
        assertThat(mail).isNotEmpty();
        MimeMessage last = mail.get(mail.size() - 1);
        assertThat(last.getSubject()).isEqualTo("Reset your password · SMP Academy");
        Matcher m = LINK.matcher(text(last));
        assertThat(m.find()).as("reset link in the mail").isTrue();
        assertThat(html(last)).contains(m.group(0));
        return m.group(1);
    }

    private boolean logsIn(String password) {
        try {
            authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(person.email(), password));
            return true;
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    @Test
    void theLinkSetsANewPasswordOnceTheOldOneStopsWorkingAndOtherSessionsAreSignedOut() throws Exception {
        AccountPrincipal earlierSession = new AccountPrincipal(person.id(), person.email(), person.displayName(),
                Role.TRAINEE, true, "", clock.instant().minusSeconds(60));
        resets.requestReset("  " + person.email().toUpperCase() + " ", "203.0.113.5");
        String token = tokenFromMail();
        assertThat(jdbc.queryForObject("select token_hash from password_token where account_id = ?", String.class,
                person.id())).isEqualTo(PasswordResetService.hash(token)).doesNotContain(token);

        assertThat(resets.check(token)).hasValueSatisfying(i -> assertThat(i.invitation()).isFalse());
        assertThatThrownBy(() -> resets.choosePassword(token, "short", "short", null))
                .isInstanceOf(InvalidInputException.class);
        resets.choosePassword(token, NEW, NEW, "203.0.113.5");

        assertThat(logsIn(NEW)).isTrue();
        assertThat(logsIn(OLD)).isFalse();
        assertThatThrownBy(() -> resets.choosePassword(token, "another pass 99x", "another pass 99x", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("expired or was already used");
        assertThat(resets.check(token)).isEmpty();

        users.loginAs(earlierSession);
        assertThat(accounts.callerIsStillActive()).isFalse();
        users.loginAs(new AccountPrincipal(person.id(), person.email(), person.displayName(), Role.TRAINEE, true,
                "", clock.instant().plusSeconds(1)));
        assertThat(accounts.callerIsStillActive()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_RESET' and "
                + "target_label = ?", Integer.class, person.email())).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        resets.requestReset(person.email(), null);
        String token = tokenFromMail();
        clock.advance(Duration.ofMinutes(31));
        assertThat(resets.check(token)).isEmpty();
        assertThatThrownBy(() -> resets.choosePassword(token, NEW, NEW, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(logsIn(OLD)).isTrue();
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() {
        String unknown = "nobody-" + System.nanoTime() + "@example.org";
        long started = System.nanoTime();
        resets.requestReset(unknown, "203.0.113.6");
        long unknownMillis = (System.nanoTime() - started) / 1_000_000;
        sender.deliverDue();
        assertThat(mailTo(unknown)).isEmpty();
        assertThat(unknownMillis).isGreaterThanOrEqualTo(50); // academy.security.reset-answer-millis in tests
        assertThatThrownBy(() -> resets.requestReset("not an email", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void requestsAreLimitedPerEmailAndPerClientAddress() {
        for (int i = 0; i < 5; i++) {
            resets.requestReset(person.email(), "198.51.100." + i);
        }
        sender.deliverDue();
        assertThat(mailTo(person.email())).hasSize(3);

        AccountPrincipal other = users.create(Role.TRAINEE);
        for (int i = 0; i < 12; i++) {
            resets.requestReset("someone-" + i + "-" + System.nanoTime() + "@example.org", "198.51.100.77");
        }
        resets.requestReset(other.email(), "198.51.100.77");
        sender.deliverDue();
        assertThat(mailTo(other.email())).isEmpty();
        clock.advance(Duration.ofMinutes(61));
        resets.requestReset(other.email(), "198.51.100.77");
        sender.deliverDue();
        assertThat(mailTo(other.email())).hasSize(1);
    }

    @Test
    void anInvitedPersonChoosesTheirOwnPasswordFromTheInvitationMail() throws Exception {
        users.loginAs(TestUsers.ADMIN);
        String email = "invited-" + System.nanoTime() + "@example.org";
        CreatedAccount created = accounts.createAccount("Ines Duarte", email, Role.INSTRUCTOR);
        users.logout();
        sender.deliverDue();
        List<MimeMessage> mail = mailTo(email);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("You are invited to SMP Academy · SMP Academy");
        Matcher m = LINK.matcher(text(mail.get(0)));
        assertThat(m.find()).isTrue();
        assertThat(resets.check(m.group(1))).hasValueSatisfying(i -> assertThat(i.invitation()).isTrue());
        resets.choosePassword(m.group(1), NEW, NEW, null);
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, NEW));
        assertThat(created.account().getEmail()).isEqualTo(email);
    }
}
