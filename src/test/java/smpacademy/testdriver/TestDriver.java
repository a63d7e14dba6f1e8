package smpacademy.testdriver;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.AccountService;
import com.smpacademy.account.Role;
import com.smpacademy.account.UserAccount;
import com.smpacademy.certification.CertificateView;
import com.smpacademy.certification.CertificationService;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only HTTP front for the real services, loaded into the production jar only by the crash and restore tests
 * and {@code bench/two-nodes.sh} (through {@code loader.path} and an auto-configuration import they write). Each
 * call runs the same service method a view calls, as the named user, and answers after the service's transaction
 * committed: exactly when a Vaadin view would show "Saved". Registration, practice and quiz have no other HTTP path than Vaadin's UIDL protocol.
 */
@AutoConfiguration
public class TestDriver {

    @Bean
    @Order(0)
    SecurityFilterChain testDriverChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/test-driver/**").authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable());
        return http.build();
    }

    /** Registered as a member class of the auto-configuration. */
    @RestController
    public static class Endpoints {
        private final AccountService accounts;
        private final PracticeService practice;
        private final QuizService quizzes;
        private final CertificationService certification;
        private final JdbcTemplate jdbc;
        private final SecurityContextHolderStrategy security;

        Endpoints(AccountService accounts, PracticeService practice, QuizService quizzes,
                  CertificationService certification, JdbcTemplate jdbc, SecurityContextHolderStrategy security) {
            this.accounts = accounts;
            this.practice = practice;
            this.quizzes = quizzes;
            this.certification = certification;
            this.jdbc = jdbc;
            this.security = security;
        }

        @PostMapping("/test-driver/register")
        Map<String, Object> register(@RequestParam String name, @RequestParam String email,
                                     @RequestParam String password) {
            UserAccount account = accounts.registerTrainee(name, email, password, password, "127.0.0.1");
            return Map.of("id", account.getId());
        }

        @PostMapping("/test-driver/practice")
        Map<String, Object> practice(@RequestParam String email) {
            return as(email, () -> {
                long id = practice.save(null, new EntryForm(LocalDate.now().minusDays(1), 90, Setting.SYNTHETIC_SKIN,
                        Skill.HAIRLINE_DESIGN, "3RL", 0.25, "Carbon black", "1:3", "Frontal hairline",
                        null, "Crash test entry"));
                practice.submit(id);
                return Map.of("id", id);
            });
        }

        @PostMapping("/test-driver/quiz")
        Map<String, Object> quiz(@RequestParam String email) {
            return as(email, () -> {
                QuizService.AttemptView attempt = quizzes.start("smp-practitioner", "foundations");
                QuizService.ShownQuestion first = attempt.questions().get(0);
                if (!first.options().isEmpty()) {
                    quizzes.saveAnswer(attempt.attemptId(), 0, Answer.choice(first.options().get(0).id()));
                }
                QuizService.Result result = quizzes.submit(attempt.attemptId());
                return Map.of("id", result.attemptId(), "status", result.status());
            });
        }

        /** Revokes a certificate as the named admin, through the same service call as the admin's Revoke button. */
        @PostMapping("/test-driver/revoke")
        Map<String, Object> revoke(@RequestParam String email, @RequestParam String code,
                                   @RequestParam String reason) {
            return as(email, () -> {
                CertificateView revoked = certification.revoke(code, reason, "Revoked by the test driver");
                return Map.of("code", revoked.code(), "status", String.valueOf(revoked.status()));
            });
        }

        /** What the database holds for one person, read straight from the tables the writes went to. */
        @GetMapping("/test-driver/state")
        Map<String, Object> state(@RequestParam String email) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("accounts", jdbc.queryForObject("select count(*) from user_account where email = ?",
                    Long.class, email));
            state.put("audit", jdbc.queryForObject("select count(*) from audit_event where actor_email = ? "
                    + "or target_label = ?", Long.class, email, email));
            state.put("practice", jdbc.queryForObject("select count(*) from practice_entry e join user_account u "
                    + "on u.id = e.trainee_id where u.email = ? and e.status = 'SUBMITTED'", Long.class, email));
            state.put("quiz", jdbc.queryForObject("select count(*) from quiz_attempt q join user_account u "
                    + "on u.id = q.user_id where u.email = ? and q.status = 'SUBMITTED'", Long.class, email));
            state.put("backups", jdbc.queryForObject("select count(*) from audit_event where actor_email = ? "
                    + "and action = 'DATABASE_BACKED_UP'", Long.class, email));
            return state;
        }

        private <T> T as(String email, Supplier<T> action) {
            Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
            String name = jdbc.queryForObject("select display_name from user_account where id = ?", String.class,
                    id);
            Role role = Role.valueOf(jdbc.queryForObject("select role from user_account where id = ?", String.class,
                    id));
            AccountPrincipal principal = new AccountPrincipal(id, email, name, role, true, "");
            var context = security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            security.setContext(context);
            try {
                return action.get();
            } finally {
                security.clearContext();
            }
        }
    }
}
