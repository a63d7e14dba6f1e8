package com.smpacademy.account;

import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the first start creates. With {@code academy.demo-data=true} (the default): demo accounts for every role and
 * a demo cohort, printed in the log at every start. With {@code false}: no demo data, and, while there is no admin,
 * one admin from {@code ACADEMY_ADMIN_EMAIL} / {@code ACADEMY_ADMIN_PASSWORD}, or with a generated password printed
 * once.
 */
@Component
@Order(0)
class FirstStartSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartSetup.class);

    /** Shared by every demo account; printed in the log and the README. */
    static final String DEMO_PASSWORD = "smp-demo-2026";
    static final String DEMO_COHORT = "Demo cohort — Practitioner 2026";

    record DemoAccount(String email, String name, Role role) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@academy.test", "Alex Morgan", Role.ADMIN),
            new DemoAccount("instructor@academy.test", "Dana Okafor", Role.INSTRUCTOR),
            new DemoAccount("trainee@academy.test", "Sam Carter", Role.TRAINEE),
            new DemoAccount("trainee2@academy.test", "Priya Nair", Role.TRAINEE),
            new DemoAccount("clinic@academy.test", "Jordan Reyes", Role.CLINIC_OWNER));

    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean demoData;
    private final @Nullable String adminEmail;
    private final @Nullable String adminPassword;

    FirstStartSetup(UserAccountRepository accounts, CohortRepository cohorts, PasswordEncoder passwordEncoder,
                    AuditService audit, TransactionTemplate tx, Clock clock,
                    @Value("${academy.demo-data:true}") boolean demoData,
                    @Value("${academy.admin.email:#{null}}") @Nullable String adminEmail,
                    @Value("${academy.admin.password:#{null}}") @Nullable String adminPassword) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.demoData = demoData;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData) {
            tx.executeWithoutResult(status -> createDemoAccounts());
            printDemoAccounts();
        } else {
            tx.executeWithoutResult(status -> bootstrapAdmin());
        }
    }

    private void createDemoAccounts() {
        String hash = null;
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (!accounts.existsByEmail(demo.email())) {
                if (hash == null) {
                    hash = passwordEncoder.encode(DEMO_PASSWORD);
                }
                accounts.save(new UserAccount(demo.email(), demo.name(), hash, demo.role(), clock.instant()));
            }
        }
        if (!cohorts.existsByNameIgnoreCase(DEMO_COHORT)) {
            Cohort cohort = new Cohort(DEMO_COHORT,
                    "Demo trainees and their instructor: the instructor grades these trainees' practice logs.",
                    clock.instant());
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                if (demo.role() == Role.TRAINEE || demo.role() == Role.INSTRUCTOR) {
                    accounts.findByEmail(demo.email()).ifPresent(cohort.members()::add);
                }
            }
            cohorts.save(cohort);
        }
    }

    private void printDemoAccounts() {
        StringBuilder sb = new StringBuilder("\n\n  SMP Academy demo accounts (password for all: ")
                .append(DEMO_PASSWORD).append(")\n");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            sb.append(String.format("    %-13s %-26s %s%n", demo.role().label(), demo.email(), demo.name()));
        }
        sb.append("  Demo data is on (academy.demo-data=true). Set academy.demo-data=false for a real academy.\n");
        log.info(sb.toString());
    }

    private void bootstrapAdmin() {
        if (accounts.countByRole(Role.ADMIN) > 0) {
            return;
        }
        String email = AccountRules.normaliseEmail(adminEmail == null || adminEmail.isBlank()
                ? "admin@localhost.localdomain" : adminEmail);
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? AccountRules.temporaryPassword() : adminPassword;
        String weakness = AccountRules.passwordWeakness(password, email, "Administrator");
        if (weakness != null) {
            throw new IllegalStateException("ACADEMY_ADMIN_PASSWORD is too weak: " + weakness);
        }
        UserAccount admin = accounts.save(new UserAccount(email, "Administrator", passwordEncoder.encode(password),
                Role.ADMIN, clock.instant()));
        audit.record(AuditEntry.of(AuditAction.ADMIN_BOOTSTRAPPED, null, null)
                .target("account", admin.getId(), email)
                .details(generated ? "Generated one-time password" : "Password from ACADEMY_ADMIN_PASSWORD"));
        if (generated) {
            log.warn("\n\n  First start: created the admin account {}\n  One-time password (shown only now): {}\n"
                    + "  Log in and change it on the Profile page.\n", email, password);
        } else {
            log.info("First start: created the admin account {} with the password from ACADEMY_ADMIN_PASSWORD", email);
        }
    }
}
