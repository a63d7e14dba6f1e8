package com.smpacademy.certification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily expiry watch: publishes {@link CertificateExpiring} once per certificate and threshold (60, 30, 7 days
 * before expiry, 0 = expired), for valid certificates that were not renewed. Each publication is recorded in
 * {@code certificate_expiry_notice} (unique per certificate and threshold) in the same transaction as the event's
 * listeners run, so the watch is idempotent: run twice, after a restart or on two nodes it sends nothing twice.
 * It looks at what is due today, not at what changed since yesterday, so a missed day still sends the notice; and
 * only the most urgent threshold due is sent: a certificate found 5 days before expiry gets the 7-day notice, never
 * a late 60-day one, and nothing less urgent than a notice already sent (a clock set back sends nothing).
 * An expiry notice is sent only within {@value #EXPIRED_GRACE_DAYS} days after the expiry date.
 */
@Component
public class CertificateExpiryWatch {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryWatch.class);
    static final List<Integer> THRESHOLDS = List.of(60, 30, 7, 0);
    static final int EXPIRED_GRACE_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateExpiryWatch(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${academy.certification.expiry-cron:0 15 6 * * *}", zone = "UTC")
    // held at least a few minutes, also when the run took milliseconds: the other nodes fire the same cron a
    // moment later (their clocks differ a little) and must find it still taken, not free again
    @SchedulerLock(name = "certificate-expiry-watch", lockAtMostFor = "PT30M",
            lockAtLeastFor = "${academy.jobs.lock-at-least-for:PT5M}")
    public void daily() {
        int sent = run();
        if (sent > 0) {
            log.info("Certificate expiry watch: {} notice(s) published", sent);
        }
    }

    /** One pass over the certificates near or past expiry; returns how many notices were published. */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Long> candidates = jdbc.queryForList("""
                select c.id from certificate c
                where c.revoked_at is null and c.expires_on <= ? and c.expires_on >= ?
                  and not exists (select 1 from certificate r where r.replaces_id = c.id and r.revoked_at is null)
                order by c.expires_on, c.id
                """, Long.class, today.plusDays(THRESHOLDS.get(0)), today.minusDays(EXPIRED_GRACE_DAYS));
        int sent = 0;
        for (long id : candidates) {
            Boolean published = tx.execute(s -> publishIfDue(id, today));
            if (Boolean.TRUE.equals(published)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean publishIfDue(long certificateId, LocalDate today) {
        var row = jdbc.queryForMap("select code, holder_id, holder_name, program_name, expires_on from certificate "
                + "where id = ? and revoked_at is null", certificateId);
        Object expires = row.get("expires_on");
        LocalDate expiresOn = expires instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) expires;
        long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
        int due = THRESHOLDS.stream().filter(t -> daysLeft <= t).reduce((a, b) -> b).orElse(-1);
        if (due < 0) {
            return false;
        }
        Integer moreUrgentOrSame = jdbc.queryForObject("select count(*) from certificate_expiry_notice where "
                + "certificate_id = ? and threshold_days <= ?", Integer.class, certificateId, due);
        if (moreUrgentOrSame != null && moreUrgentOrSame > 0) {
            return false;
        }
        Instant now = clock.instant();
        // the primary key makes a second insert for the same threshold fail, rolling back its listeners' rows too
        jdbc.update("insert into certificate_expiry_notice (certificate_id, threshold_days, published_at) "
                + "values (?, ?, ?)", certificateId, due, Timestamp.from(now));
        events.publishEvent(new CertificateExpiring((String) row.get("code"),
                ((Number) row.get("holder_id")).longValue(), (String) row.get("holder_name"),
                (String) row.get("program_name"), expiresOn, due, true, now));
        return true;
    }
}
