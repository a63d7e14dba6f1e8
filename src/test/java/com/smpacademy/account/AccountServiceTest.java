package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.common.InvalidInputException;
import com.smpacademy.common.RuleViolationException;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void logout() {
        users.logout();
    }

    static String uniqueEmail() {
        return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void registersATraineeWithAHashedPasswordAndAnAuditRecord() {
        String email = uniqueEmail();
        UserAccount account = accounts.registerTrainee("  Mia   Lopez ", email.toUpperCase(), "long-enough-pw-7",
                "long-enough-pw-7", "10.1.2.3");

        assertThat(account.getRole()).isEqualTo(Role.TRAINEE);
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getDisplayName()).isEqualTo("Mia Lopez");
        String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
                email);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("long-enough-pw-7");
        assertThat(encoder.matches("long-enough-pw-7", hash)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_REGISTERED' "
                + "and actor_email = ? and client_address = '10.1.2.3'", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void refusesADuplicateEmailWhateverItsCase() {
        String email = uniqueEmail();
        accounts.registerTrainee("First Person", email, "long-enough-pw-7", "long-enough-pw-7", null);

        assertThatThrownBy(() -> accounts.registerTrainee("Second Person", " " + email.toUpperCase() + " ",
                "another-pass-8", "another-pass-8", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("email")
                        .containsEntry("email",
                                "An account with this email already exists. Log in, or use another email."));
    }

    @Test
    void refusesWeakPasswordsWithAReasonEach() {
        assertThat(weakness("short1")).isEqualTo("Use at least 10 characters.");
        assertThat(weakness("password123")).contains("too common");
        assertThat(weakness("abcdefghijkl")).isEqualTo("Mix letters with digits, spaces or symbols.");
        assertThat(weakness("1234512345")).isEqualTo("Mix letters with digits, spaces or symbols.");
        assertThat(weakness("aaaaaaaaaa1")).contains("repeats too few characters");
        assertThat(AccountRules.passwordWeakness("jordan-smp-99", "jordan@example.org", "Kim Lee"))
                .isEqualTo("Do not use your email address in your password.");
        assertThat(AccountRules.passwordWeakness("okafor-ink-99", "dana@example.org", "Dana Okafor"))
                .isEqualTo("Do not use your name in your password.");
        assertThat(weakness("pigment dots 4 life")).isNull();
    }

    private static String weakness(String password) {
        return AccountRules.passwordWeakness(password, "someone@example.org", "Some One");
    }

    @Test
    void reportsEveryBadFieldOfARegistrationAtOnce() {
        assertThatThrownBy(() -> accounts.registerTrainee("", "not-an-email", "short", "different", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Enter your full name.")
                        .containsEntry("email", "Enter an email address like name@example.com.")
                        .containsEntry("password", "Use at least 10 characters.")
                        .containsEntry("confirmPassword", "The two passwords do not match."));
    }

    @Test
    void refusesMismatchedConfirmation() {
        assertThatThrownBy(() -> accounts.registerTrainee("Mia Lopez", uniqueEmail(), "long-enough-pw-7",
                "long-enough-pw-8", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("confirmPassword"));
    }

    @Test
    void adminCreatesAnInstructorWhoIsInvitedToChooseTheirOwnPassword() {
        users.loginAs(TestUsers.ADMIN);
        String email = uniqueEmail();
        CreatedAccount created = accounts.createAccount("Ines Duarte", email, Role.INSTRUCTOR);

        assertThat(created.account().getRole()).isEqualTo(Role.INSTRUCTOR);
        assertThat(created.invitationExpiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(6)));
        assertThat(jdbc.queryForObject("select count(*) from password_token where account_id = ? and purpose = "
                + "'INVITE' and used_at is null", Integer.class, created.account().getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_CREATED' "
                + "and target_label = ?", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void onlyAdminsCreateAccountsOrChangeRoles() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(trainee);
        assertThatThrownBy(() -> accounts.createAccount("Eve", uniqueEmail(), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRole(trainee.id(), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(trainee.id(), false))
                .isInstanceOf(AccessDeniedException.class);
        users.logout();
        assertThatThrownBy(() -> accounts.changeRole(trainee.id(), Role.ADMIN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void roleChangesAreAuditedWithOldAndNewRole() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(TestUsers.ADMIN);
        UserAccount changed = accounts.changeRole(trainee.id(), Role.INSTRUCTOR);

        assertThat(changed.getRole()).isEqualTo(Role.INSTRUCTOR);
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'ROLE_CHANGED' "
                + "and target_id = ?", String.class, Long.toString(trainee.id()))).isEqualTo("Trainee → Instructor");
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDisabled() {
        AccountPrincipal soleAdmin = users.create(Role.ADMIN);
        users.loginAs(soleAdmin);
        // leave exactly one active admin: disable every other admin directly
        jdbc.update("update user_account set enabled = false where role = 'ADMIN' and id <> ?", soleAdmin.id());
        try {
            assertThatThrownBy(() -> accounts.changeRole(soleAdmin.id(), Role.TRAINEE))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("only active admin");
            assertThatThrownBy(() -> accounts.setEnabled(soleAdmin.id(), false))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("your own account");
        } finally {
            jdbc.update("update user_account set enabled = true where role = 'ADMIN'");
        }
    }

    @Test
    void disablingIsAuditedAndReversible() {
        AccountPrincipal trainee = users.create(Role.TRAINEE);
        users.loginAs(TestUsers.ADMIN);
        assertThat(accounts.setEnabled(trainee.id(), false).isEnabled()).isFalse();
        assertThat(accounts.setEnabled(trainee.id(), true).isEnabled()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where target_id = ? order by id",
                String.class, Long.toString(trainee.id()))).containsExactly("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, "first-pass-word-1");
        users.loginAs(trainee);

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password-1", "second-pass-word-2",
                "second-pass-word-2"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("currentPassword"));
        accounts.changeOwnPassword("first-pass-word-1", "second-pass-word-2", "second-pass-word-2");
        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                trainee.id());
        assertThat(encoder.matches("second-pass-word-2", hash)).isTrue();
    }

    @Test
    void searchPagesInTheDatabaseAndFiltersByRole() {
        users.loginAs(TestUsers.ADMIN);
        long instructors = accounts.count("", Set.of(Role.INSTRUCTOR));
        assertThat(accounts.search("", Set.of(Role.INSTRUCTOR), 0, 500)).hasSize((int) instructors)
                .allMatch(u -> u.getRole() == Role.INSTRUCTOR);
        assertThat(accounts.search("sam carter", Set.of(), 0, 10)).extracting(UserAccount::getEmail)
                .containsExactly(TestUsers.TRAINEE);
        assertThat(accounts.search("%", Set.of(), 0, 10)).isEmpty();
    }
}
