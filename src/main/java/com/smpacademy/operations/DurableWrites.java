package com.smpacademy.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Every acknowledged write must survive the process dying right after the answer went out.
 *
 * <p>H2 2.x (MVStore) keeps committed changes in memory and writes them to the file from a background thread up to
 * {@code WRITE_DELAY} ms (default 500) later, so a {@code kill -9} or an OOM kill loses the last half second of
 * commits. {@code WRITE_DELAY 0} makes each commit write its chunk to the file before the commit returns (checked
 * by experiment on H2 2.4.240: a pwrite per commit; no fsync, so the write survives a process crash, not a power
 * cut). The URL in application.properties already carries {@code WRITE_DELAY=0}; this check sets it again for a
 * database opened through any other URL (the setting is database-wide and persists in the file), and refuses to
 * start if H2 does not take it.
 *
 * <p>PostgreSQL is durable by default ({@code synchronous_commit=on}, {@code fsync=on}: a commit returns once its
 * WAL is flushed). The postgres profile sets {@code synchronous_commit} on for our sessions; this check warns when
 * the server has {@code fsync} off.
 */
@Component
class DurableWrites implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurableWrites.class);

    private final DataSource dataSource;

    DurableWrites(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String url = connection.getMetaData().getURL();
            if ("H2".equalsIgnoreCase(product)) {
                if (url.startsWith("jdbc:h2:mem:")) {
                    return; // nothing on disk to make durable
                }
                sql.execute("SET WRITE_DELAY 0");
                String delay = single(sql, "select setting_value from information_schema.settings "
                        + "where setting_name = 'WRITE_DELAY'");
                if (!"0".equals(delay)) {
                    throw new IllegalStateException("H2 did not accept WRITE_DELAY 0 (it reports " + delay
                            + "): committed writes could be lost if the process is killed");
                }
                log.info("H2: every commit is written to the database file before it is acknowledged "
                        + "(WRITE_DELAY=0)");
            } else if ("PostgreSQL".equalsIgnoreCase(product)) {
                String synchronousCommit = single(sql, "show synchronous_commit");
                String fsync = single(sql, "show fsync");
                if (!"on".equals(fsync) || "off".equals(synchronousCommit) || "local".equals(synchronousCommit)) {
                    log.warn("PostgreSQL: fsync={}, synchronous_commit={}: acknowledged writes can be lost in a "
                            + "crash. Keep the defaults (both on).", fsync, synchronousCommit);
                } else {
                    log.info("PostgreSQL: synchronous_commit={}, fsync={}", synchronousCommit, fsync);
                }
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
