package com.smpacademy.notification;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.Role;
import com.smpacademy.certification.CertificateExpiryWatch;
import com.smpacademy.certification.CertificateIssued;
import com.smpacademy.certification.CertificateRevoked;
import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo notifications (with {@code academy.demo-data=true}), once: the demo trainee has submitted a practice entry
 * that the demo instructor can approve (which notifies the trainee and writes an Outbox message), and the bell and
 * the Outbox already show the messages of the demo certificates and the instructor's digest.
 */
@Component
@Order(40)
class NotificationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotificationDemoData.class);

    private final NotificationService notifications;
    private final MessageTemplates templates;
    private final PracticeService practice;
    private final ReviewDigest digest;
    private final CertificateExpiryWatch expiryWatch;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean demoData;
    private final boolean enabled;

    NotificationDemoData(NotificationService notifications, MessageTemplates templates, PracticeService practice,
                         ReviewDigest digest, CertificateExpiryWatch expiryWatch, JdbcTemplate jdbc,
                         TransactionTemplate tx, @Value("${academy.demo-data:true}") boolean demoData,
                         @Value("${academy.notification.demo-data:true}") boolean enabled) {
        this.enabled = enabled;
        this.notifications = notifications;
        this.templates = templates;
        this.practice = practice;
        this.digest = digest;
        this.expiryWatch = expiryWatch;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            seed();
        }
    }

    /** Adds the demo notifications unless there are notifications already; returns quietly outside demo mode. */
    void seed() {
        if (!demoData) {
            return;
        }
        Map<String, Object> sam = account("trainee@academy.test");
        Map<String, Object> priya = account("trainee2@academy.test");
        if (sam == null || priya == null) {
            return;
        }
        Integer existing = jdbc.queryForObject("select count(*) from notification where recipient_id = ?",
                Integer.class, id(sam));
        if (existing == null || existing > 0) {
            return;
        }
        submitDemoEntry(sam);
        tx.executeWithoutResult(s -> {
            certificateMessages(sam);
            certificateMessages(priya);
        });
        digest.run();
        expiryWatch.run();
        log.info("\n\n  Demo notifications: log in as instructor@academy.test and approve Sam Carter's entry in the "
                + "review queue; Sam's bell and the admin's Outbox page show the result.\n");
    }

    /** A submitted entry for the demo instructor to review, made through the practice service as the trainee. */
    private void submitDemoEntry(Map<String, Object> sam) {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var previous = holder.getContext();
        try {
            AccountPrincipal principal = new AccountPrincipal(id(sam), (String) sam.get("email"),
                    (String) sam.get("display_name"), Role.TRAINEE, true, "");
            var context = holder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            holder.setContext(context);
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            long entry = practice.save(null, new EntryForm(yesterday, 90, Setting.MANNEQUIN, Skill.HAIRLINE_DESIGN,
                    "3RL", 0.30, "SMP carbon black", "1:2", "Frontal hairline, temples",
                    null, "Soft irregular front row, stippled at 1.5 mm spacing; checked symmetry from above."));
            practice.submit(entry);
        } catch (RuntimeException e) {
            log.warn("Demo practice entry not created: {}", e.getMessage());
        } finally {
            holder.setContext(previous);
        }
    }

    private void certificateMessages(Map<String, Object> holder) {
        long holderId = id(holder);
        List<Map<String, Object>> certificates = jdbc.queryForList("select code, holder_name, course_id, "
                + "program_name, issued_on, expires_on, revoked_at, revocation_reason, revocation_note from "
                + "certificate where holder_id = ? order by issued_at", holderId);
        for (Map<String, Object> c : certificates) {
            String code = (String) c.get("code");
            notifications.send(templates.certificateIssued(new CertificateIssued(code, holderId,
                    (String) c.get("holder_name"), (String) c.get("course_id"), (String) c.get("program_name"),
                    date(c.get("issued_on")), date(c.get("expires_on")), null,
                    Instant.now())));
            if (c.get("revoked_at") != null) {
                notifications.send(templates.certificateRevoked(new CertificateRevoked(code, holderId,
                        (String) c.get("holder_name"), (String) c.get("program_name"),
                        (String) c.get("revocation_reason"), (String) c.get("revocation_note"),
                        instant(c.get("revoked_at")))));
            }
        }
    }

    private Map<String, Object> account(String email) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, email, display_name from user_account where email = ?", email);
        return rows.isEmpty() ? null : rows.get(0);
    }

    // H2 and PostgreSQL's drivers hand dates and times back as different classes
    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }
}
