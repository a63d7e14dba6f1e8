package com.smpacademy.lti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code state} and {@code nonce} of each login initiation, kept in the database (any node may receive the
 * launch) and bound to the browser: the browser holds a random secret in a cookie whose hash is stored with the
 * state, so a state stolen from a URL is useless in another browser. A state is used once and lives ten minutes.
 */
@Component
class LaunchStates {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    record Started(String state, String nonce, String browserSecret) {
    }

    record Pending(String state, String nonce, long platformId, String targetLink) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LaunchStates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Started start(long platformId, String targetLink) {
        Started s = new Started(token(), token(), token());
        jdbc.update("delete from lti_launch_state where created_at < ?",
                Timestamp.from(clock.instant().minus(LIFETIME)));
        jdbc.update("insert into lti_launch_state (state, nonce, platform_id, browser_hash, target_link, created_at) "
                + "values (?, ?, ?, ?, ?, ?)", s.state(), s.nonce(), platformId, hash(s.browserSecret()), targetLink,
                Timestamp.from(clock.instant()));
        return s;
    }

    /**
     * Takes the state out (so it cannot be used twice) if it exists, is fresh and belongs to this browser; empty
     * with the reason otherwise.
     */
    @Transactional
    Pending consume(String state, String browserSecret) {
        List<Pending> found = jdbc.query("select state, nonce, platform_id, target_link, browser_hash, created_at "
                + "from lti_launch_state where state = ?", (rs, n) -> {
                    if (!MessageDigest.isEqual(rs.getString("browser_hash").getBytes(StandardCharsets.US_ASCII),
                            hash(browserSecret).getBytes(StandardCharsets.US_ASCII))) {
                        throw new LaunchRefused("The launch did not start in this browser",
                                "The state does not belong to this browser. If your browser blocks cookies for "
                                        + "SMP Academy inside the LMS, ask the LMS admin to open the tool in a new "
                                        + "window, or allow its cookies.");
                    }
                    if (rs.getTimestamp("created_at").toInstant().plus(LIFETIME).isBefore(clock.instant())) {
                        throw new LaunchRefused("The launch took too long",
                                "More than ten minutes passed since the LMS started it. Open the link again.");
                    }
                    return new Pending(rs.getString("state"), rs.getString("nonce"), rs.getLong("platform_id"),
                            rs.getString("target_link"));
                }, state);
        if (found.isEmpty() || jdbc.update("delete from lti_launch_state where state = ?", state) != 1) {
            throw new LaunchRefused("Unknown or already used state",
                    "This launch was already used, or did not start here. Open the link in the LMS again.");
        }
        return found.get(0);
    }

    /** Remembers a nonce until well after its token expired; false if it was seen before (a replay). */
    boolean useNonce(long platformId, String nonce, java.time.Instant keepUntil) {
        jdbc.update("delete from lti_used_nonce where expires_at < ?", Timestamp.from(clock.instant()));
        Integer seen = jdbc.queryForObject("select count(*) from lti_used_nonce where platform_id = ? and nonce = ?",
                Integer.class, platformId, nonce);
        if (seen != null && seen > 0) {
            return false;
        }
        try {
            jdbc.update("insert into lti_used_nonce (platform_id, nonce, expires_at) values (?, ?, ?)", platformId,
                    nonce, Timestamp.from(keepUntil));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false;
        }
        return true;
    }

    /** Whether a valid launch already used this nonce. */
    boolean seen(String nonce) {
        Integer n = jdbc.queryForObject("select count(*) from lti_used_nonce where nonce = ?", Integer.class, nonce);
        return n != null && n > 0;
    }

    String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
