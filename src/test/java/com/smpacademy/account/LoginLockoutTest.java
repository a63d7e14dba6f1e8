package com.smpacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smpacademy.support.MutableClock;
import com.smpacademy.support.SpringTest;
import com.smpacademy.support.TestUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login rules: lock-out per account and per client address, release after the window, disabled accounts. */
@SpringTest
class LoginLockoutTest {

    static final String PASSWORD = "correct-horse-42";

    @Autowired AccountAuthenticationProvider provider;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    /** Each test gets its own client address so address locks from one test never reach another. */
    private final String address = "192.0.2." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();

    private Authentication attempt(String email, String password) {
        return attempt(email, password, address);
    }

    private static Authentication attempt(String email, String password, String fromAddress) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(fromAddress);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }

    @Test
    void aCorrectPasswordLogsInAsTheAccountsRole() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        Authentication result = provider.authenticate(attempt(trainee.email(), PASSWORD));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                p -> assertThat(p.id()).isEqualTo(trainee.id()));
        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TRAINEE");
        assertThat(((AccountPrincipal) result.getPrincipal()).getPassword()).isEmpty();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage(AccountAuthenticationProvider.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), "wrong-password")))
                .isInstanceOf(LoginRefusedException.class).hasMessageContaining("15 minutes");
        assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), PASSWORD, "198.51.100.7")))
                .isInstanceOf(LoginRefusedException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_LOCKED_OUT' "
                + "and actor_email = ?", Integer.class, trainee.email())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_REFUSED_LOCKED' "
                + "and actor_email = ?", Integer.class, trainee.email())).isEqualTo(1);
    }

    @Test
    void theLockIsReleasedAfterFifteenMinutes() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        for (int i = 0; i < 5; i++) {
            try {
                provider.authenticate(attempt(trainee.email(), "wrong-password"));
            } catch (RuntimeException expected) {
                // counted
            }
        }
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), PASSWORD)))
                .isInstanceOf(LoginRefusedException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(provider.authenticate(attempt(trainee.email(), PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownEmailIsLockedWithTheSameMessageAsARealOne() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        String realMessage = null;
        String unknownMessage = null;
        for (int i = 0; i < 5; i++) {
            try {
                provider.authenticate(attempt(trainee.email(), "wrong-password", "real-" + address));
            } catch (RuntimeException e) {
                realMessage = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            try {
                provider.authenticate(attempt(unknown, "wrong-password", "unknown-" + address));
            } catch (RuntimeException e) {
                unknownMessage = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        assertThat(unknownMessage).isEqualTo(realMessage).startsWith("LoginRefusedException");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() {
        AccountPrincipal victim = users.create(Role.TRAINEE, PASSWORD);
        for (int i = 0; i < 5; i++) {
            String guessed = "guess-" + i + "-" + UUID.randomUUID() + "@example.org";
            try {
                provider.authenticate(attempt(guessed, "wrong-password"));
            } catch (RuntimeException expected) {
                // counted against the address
            }
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(victim.email(), PASSWORD)))
                .isInstanceOf(LoginRefusedException.class);
        // the same account from another address is not locked
        assertThat(provider.authenticate(attempt(victim.email(), PASSWORD, "203.0.113.9-" + UUID.randomUUID()))
                .isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), "wrong-password")))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(provider.authenticate(attempt(trainee.email(), PASSWORD)).isAuthenticated()).isTrue();
        }
    }

    @Test
    void aDisabledAccountCannotLogInEvenWithTheRightPassword() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        jdbc.update("update user_account set enabled = false where id = ?", trainee.id());

        assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), PASSWORD)))
                .isInstanceOf(DisabledException.class).hasMessage(AccountAuthenticationProvider.DISABLED);
        // a wrong password on a disabled account says only "incorrect", revealing nothing more
        assertThatThrownBy(() -> provider.authenticate(attempt(trainee.email(), "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theEmailIsMatchedWhateverItsCaseAndSurroundingSpaces() {
        AccountPrincipal trainee = users.create(Role.TRAINEE, PASSWORD);
        assertThat(provider.authenticate(attempt("  " + trainee.email().toUpperCase() + " ", PASSWORD))
                .isAuthenticated()).isTrue();
    }
}
