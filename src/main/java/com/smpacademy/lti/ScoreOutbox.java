package com.smpacademy.lti;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scores waiting to reach an LMS gradebook. A row is written in the transaction of the event it comes from (never
 * lost), keyed so the same event cannot queue it twice (never duplicated), and claimed by one node at a time.
 */
@Component
class ScoreOutbox {

    /** One queued score; {@code lastError} and {@code attempts} tell admins why it has not arrived. */
    public record Entry(long id, long platformId, String lineItemUrl, String subject, long accountId,
                        double scoreGiven, double scoreMaximum, @Nullable String comment, Instant occurredAt,
                        int attempts, Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {
    }

    static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScoreOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a score unless one with this key is already queued; true if queued now. */
    boolean enqueue(String dedupKey, long platformId, String lineItemUrl, String subject, long accountId,
                    double given, double maximum, @Nullable String comment, Instant occurredAt) {
        Integer n = jdbc.queryForObject("select count(*) from lti_score_outbox where dedup_key = ?", Integer.class,
                dedupKey);
        if (n != null && n > 0) {
            return false;
        }
        // whole milliseconds: the database keeps microseconds and may round up, which would put a score queued "now"
        // just after the sender's "now" and leave it waiting for the next run
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        try {
            jdbc.update("insert into lti_score_outbox (dedup_key, platform_id, lineitem_url, subject, account_id, "
                    + "score_given, score_maximum, comment, occurred_at, attempts, next_attempt_at, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", dedupKey, platformId, lineItemUrl, subject,
                    accountId, given, maximum, comment, Timestamp.from(occurredAt), now, now);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Claims up to {@code limit} due rows for this node; another node skips them until the claim lapses. */
    List<Entry> claimDue(int limit) {
        Instant now = clock.instant();
        List<Entry> due = jdbc.query("select * from lti_score_outbox where sent_at is null and next_attempt_at <= ? "
                + "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id",
                (rs, i) -> map(rs), Timestamp.from(now), Timestamp.from(now));
        return due.stream().limit(limit).filter(e -> jdbc.update("update lti_score_outbox set claimed_until = ? "
                + "where id = ? and sent_at is null and (claimed_until is null or claimed_until < ?)",
                Timestamp.from(now.plus(CLAIM)), e.id(), Timestamp.from(now)) == 1).toList();
    }

    void sent(long id) {
        jdbc.update("update lti_score_outbox set sent_at = ?, claimed_until = null, last_error = null, "
                + "attempts = attempts + 1 where id = ?", Timestamp.from(clock.instant()), id);
    }

    /** Backs off 30 s, 1, 2, 4 … minutes, at most an hour; it keeps trying until an admin removes the LMS. */
    void failed(Entry e, String error) {
        long seconds = Math.min(3600, 30L << Math.min(e.attempts(), 7));
        jdbc.update("update lti_score_outbox set attempts = attempts + 1, last_error = ?, claimed_until = null, "
                + "next_attempt_at = ? where id = ?", error.length() > 1000 ? error.substring(0, 1000) : error,
                Timestamp.from(clock.instant().plusSeconds(seconds)), e.id());
    }

    List<Entry> unsent() {
        return jdbc.query("select * from lti_score_outbox where sent_at is null order by created_at desc, id desc",
                (rs, i) -> map(rs));
    }

    void retryNow(long id) {
        jdbc.update("update lti_score_outbox set next_attempt_at = ? where id = ? and sent_at is null",
                Timestamp.from(clock.instant()), id);
    }

    private static Entry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Entry(rs.getLong("id"), rs.getLong("platform_id"), rs.getString("lineitem_url"),
                rs.getString("subject"), rs.getLong("account_id"), rs.getDouble("score_given"),
                rs.getDouble("score_maximum"), rs.getString("comment"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                sent == null ? null : sent.toInstant());
    }
}
