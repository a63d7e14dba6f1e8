package com.smpacademy.operations;

import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.account.CurrentUser;
import com.smpacademy.audit.AuditAction;
import com.smpacademy.audit.AuditEntry;
import com.smpacademy.audit.AuditService;
import com.smpacademy.common.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Online backups of the running database. On H2, {@code BACKUP TO} writes one zip holding a consistent copy of the
 * database file while the app keeps serving (H2's MVStore copies a stable version of the file); it is restored
 * with {@code org.h2.tools.Restore} (see the README). On PostgreSQL the database server owns the data, and
 * {@code pg_dump} is the tool: this service says so rather than pretending.
 *
 * <p>The certificate signing keys live in the database and so travel with a backup; the key-encryption key that
 * protects them must not (it is kept outside the database, and must be backed up apart from it).
 */
@Service
public class BackupService {

    /** Only names this service wrote can be listed or downloaded: nothing else in the folder, no path tricks. */
    private static final Pattern NAME = Pattern.compile("smp-academy-\\d{8}-\\d{6}(-\\d+)?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    public record BackupFile(String name, long bytes, Instant createdAt) {
    }

    private final DataSource dataSource;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Path directory;

    BackupService(DataSource dataSource, AuditService audit, CurrentUser currentUser, Clock clock,
                  @Value("${academy.backup.dir:./backups}") String directory) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    /** Whether this app can back its database up itself (H2 file database), or the database server must. */
    public boolean supported() {
        return databaseKind() == Kind.H2_FILE;
    }

    /** What to tell an admin where {@link #supported()} is false. */
    public String unsupportedReason() {
        return switch (databaseKind()) {
            case POSTGRESQL -> "The data is in PostgreSQL: back it up with pg_dump on the database server "
                    + "(see the README, Backup and restore).";
            case H2_MEMORY -> "This instance runs on an in-memory database: there is no file to back up.";
            default -> "This database cannot be backed up from the app; use its own backup tool.";
        };
    }

    public Path directory() {
        return directory;
    }

    /** Writes a consistent backup of the running database to the backup folder, audited. */
    @PreAuthorize("hasRole('ADMIN')")
    public BackupFile backUp() {
        AccountPrincipal admin = currentUser.require();
        if (!supported()) {
            throw new RuleViolationException(unsupportedReason());
        }
        Path target = freshTarget();
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            Files.createDirectories(directory);
            sql.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The backup could not be written to " + target + ": " + e.getMessage(),
                    e);
        }
        BackupFile file = describe(target);
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(AuditEntry.of(AuditAction.DATABASE_BACKED_UP, admin.id(), admin.email())
                .target("backup", null, file.name())
                .details(file.bytes() + " bytes in " + millis + " ms, in " + directory));
        return file;
    }

    /** The backups in the folder, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BackupFile> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::createdAt).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one backup this service wrote, for download. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path file(String name) {
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(directory.resolve(name))) {
            throw new RuleViolationException("No backup named " + name);
        }
        return directory.resolve(name);
    }

    private Path freshTarget() {
        String base = "smp-academy-" + STAMP.format(clock.instant());
        Path target = directory.resolve(base + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = directory.resolve(base + "-" + i + ".zip");
        }
        return target;
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Kind { H2_FILE, H2_MEMORY, POSTGRESQL, OTHER }

    private @Nullable Kind kind;

    private Kind databaseKind() {
        if (kind == null) {
            try (Connection connection = dataSource.getConnection()) {
                String product = connection.getMetaData().getDatabaseProductName();
                String url = connection.getMetaData().getURL();
                kind = "H2".equalsIgnoreCase(product) ? (url.startsWith("jdbc:h2:mem:") ? Kind.H2_MEMORY : Kind.H2_FILE)
                        : "PostgreSQL".equalsIgnoreCase(product) ? Kind.POSTGRESQL : Kind.OTHER;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return kind;
    }
}
