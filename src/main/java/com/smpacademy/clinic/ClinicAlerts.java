package com.smpacademy.clinic;

import com.smpacademy.certification.CertificateExpiring;
import com.smpacademy.certification.CertificateRenewed;
import com.smpacademy.certification.CertificateRevoked;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns certification's events into alerts for the owners of every clinic that rosters the certificate. Listens
 * synchronously, inside the transaction that revoked, renewed or flagged the certificate, so an alert exists exactly
 * when the change does (within the admin's own request for a revocation). Each alert is keyed by its event; the
 * unique key (clinic, owner, event) makes a replayed event — after a restart, or on a second node — write nothing.
 */
@Component
class ClinicAlerts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile String insert;

    ClinicAlerts(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(CertificateRevoked e) {
        raise(e.code(), AlertKind.REVOKED, "revoked:" + e.code(), e.holderName(), e.holderName() + "'s certificate "
                + e.code() + " (" + e.programName() + ") was revoked: " + e.reason() + ". They may no longer work "
                + "as a certified artist on it.");
    }

    @EventListener
    void on(CertificateExpiring e) {
        AlertKind kind = switch (e.daysBefore()) {
            case 0 -> AlertKind.EXPIRED;
            case 30 -> AlertKind.EXPIRING_30;
            case 60 -> AlertKind.EXPIRING_60;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String message = kind == AlertKind.EXPIRED
                ? e.holderName() + "'s certificate " + e.code() + " (" + e.programName() + ") expired on "
                        + DATE.format(e.expiresOn()) + ". Ask them for their renewed certificate."
                : e.holderName() + "'s certificate " + e.code() + " (" + e.programName() + ") expires on "
                        + DATE.format(e.expiresOn()) + ", within " + e.daysBefore() + " days."
                        + (e.renewalOpen() ? " Renewal is open now." : "");
        raise(e.code(), kind, kind.name().toLowerCase(Locale.ROOT) + ":" + e.code(), e.holderName(), message);
    }

    /** The roster follows the renewal to the new certificate, then its owners hear about it. */
    @EventListener
    void on(CertificateRenewed e) {
        // a clinic that already rostered the new certificate keeps that row; the old one goes
        jdbc.update("delete from roster_entry where certificate_code = ? and clinic_id in "
                + "(select r.clinic_id from roster_entry r where r.certificate_code = ?)", e.oldCode(), e.newCode());
        jdbc.update("update roster_entry set certificate_code = ?, previous_code = ?, renewed_at = ? "
                + "where certificate_code = ?", e.newCode(), e.oldCode(), Timestamp.from(e.occurredAt()), e.oldCode());
        raise(e.newCode(), AlertKind.RENEWED, "renewed:" + e.oldCode(), e.holderName(), e.holderName()
                + " renewed their certificate: " + e.newCode() + " replaces " + e.oldCode() + " and is valid until "
                + DATE.format(e.newExpiresOn()) + ". Your roster now shows the new certificate.");
    }

    /**
     * Writes one alert per owner of each clinic rostering {@code code}, unless that event was already alerted.
     *
     * @return how many new alerts were written
     */
    int raise(String code, AlertKind kind, String eventKey, String holderName, String message) {
        List<Map<String, Object>> targets = jdbc.queryForList("select r.clinic_id, o.user_id from roster_entry r "
                + "join clinic_owner o on o.clinic_id = r.clinic_id where r.certificate_code = ?", code);
        Instant now = clock.instant();
        int written = 0;
        for (Map<String, Object> t : targets) {
            long clinicId = ((Number) t.get("clinic_id")).longValue();
            long ownerId = ((Number) t.get("user_id")).longValue();
            int n = jdbc.update(insertSql(), clinicId, ownerId, kind.name(), eventKey, code, holderName, message,
                    Timestamp.from(now), clinicId, ownerId, eventKey);
            if (n == 1) {
                written++;
                events.publishEvent(new ClinicAlertRaised(clinicId, ownerId, kind, eventKey, code, holderName, message,
                        now));
            }
        }
        return written;
    }

    /**
     * Insert-if-absent that never fails the caller's transaction: "where not exists" covers replays; on PostgreSQL
     * "on conflict do nothing" also covers two nodes inserting at the same instant. H2 runs on one node only.
     */
    private String insertSql() {
        if (insert == null) {
            String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
            insert = "insert into clinic_alert (clinic_id, owner_id, kind, event_key, certificate_code, holder_name, "
                    + "message, created_at) select ?, ?, ?, ?, ?, ?, ?, cast(? as timestamp with time zone) where not exists (select 1 from clinic_alert "
                    + "a where a.clinic_id = ? and a.owner_id = ? and a.event_key = ?)"
                    + ("PostgreSQL".equalsIgnoreCase(product) ? " on conflict do nothing" : "");
        }
        return insert;
    }
}
