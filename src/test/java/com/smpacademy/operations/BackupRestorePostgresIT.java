package com.smpacademy.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.support.PostgresCondition;
import com.smpacademy.support.ProductionApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the app refuses to back up (409, pointing at pg_dump), and the README's pg_dump / pg_restore
 * commands restore into an emptied database.
 */
@ExtendWith(PostgresCondition.class)
class BackupRestorePostgresIT extends BackupRestoreIT {

    @Override
    Databases database() {
        return Databases.POSTGRESQL;
    }

    @Override
    void takeBackup(ProductionApp app, Path backup) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/admin/backup"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("pg_dump");
        Files.createDirectories(backup);
        run(backup, List.of("pg_dump", "--format=custom", "--no-owner", "--file=smp-academy.dump", "-h",
                "127.0.0.1", "-U", Databases.USER, database(PostgresCondition.url())), "PGPASSWORD", Databases.USER);
    }

    @Override
    void restore(Path backup, Path fresh) throws Exception {
        Databases.POSTGRESQL.makeFresh();
        Files.createDirectories(fresh);
        run(backup, List.of("pg_restore", "--no-owner", "--exit-on-error", "-h", "127.0.0.1", "-U", Databases.USER,
                "-d", database(PostgresCondition.url()), "smp-academy.dump"), "PGPASSWORD", Databases.USER);
    }

    static String database(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
