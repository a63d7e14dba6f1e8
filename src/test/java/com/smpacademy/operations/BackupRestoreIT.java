package com.smpacademy.operations;

import static com.smpacademy.operations.CrashDurabilityIT.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.smpacademy.support.ProductionApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of the running database, taken with the documented command, restored as the README says into a fresh
 * instance, holds what was written before it and nothing written after it.
 */
class BackupRestoreIT {

    static final String ADMIN = "admin@restore.test";
    static final String ADMIN_PASSWORD = "Restored-in-one-file-2026";

    @TempDir
    Path dir;

    Databases database() {
        return Databases.H2;
    }

    @Test
    void aBackupRestoredIntoAFreshInstanceHasTheDataOfItsMoment() throws Exception {
        assumeTrue(ProductionApp.jarBuilt(), "Skipped: no production jar (run mvn verify, which packages first)");
        database().makeFresh();
        Path first = dir.resolve("first");
        Path backup = dir.resolve("backup");
        try (ProductionApp app = app(first)) {
            app.start();
            app.post("/test-driver/register", "name=Bea+Before&email=" + enc("before@restore.test")
                    + "&password=" + enc("kept-in-the-backup-1"));
            app.post("/test-driver/practice", "email=" + enc("before@restore.test"));
            takeBackup(app, backup);
            app.post("/test-driver/register", "name=Arlo+After&email=" + enc("after@restore.test")
                    + "&password=" + enc("written-after-backup-1"));
        }
        Path fresh = dir.resolve("fresh");
        restore(backup, fresh);
        // the key-encryption key is kept apart from backups and put back by hand, as the README says
        Path key = first.resolve("data/key-encryption.key");
        if (Files.exists(key)) {
            Files.createDirectories(fresh.resolve("data"));
            Files.copy(key, fresh.resolve("data/key-encryption.key"));
        }
        try (ProductionApp restored = app(fresh)) {
            restored.start();
            assertThat(restored.get("/test-driver/state?email=" + enc("before@restore.test")).body())
                    .contains("\"accounts\":1", "\"practice\":1");
            assertThat(restored.get("/test-driver/state?email=" + enc("after@restore.test")).body())
                    .contains("\"accounts\":0");
        }
    }

    /** H2: {@code curl -u ADMIN -X POST /api/v1/admin/backup}, as in the README. */
    void takeBackup(ProductionApp app, Path backup) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/admin/backup"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Files.createDirectories(backup);
        Files.write(backup.resolve("smp-academy-backup.zip"), response.body());
        assertThat(response.body().length).isGreaterThan(1000);
        assertThat(app.get("/test-driver/state?email=" + enc(ADMIN)).body()).as("the backup is audited")
                .contains("\"backups\":1");
        // a wrong password gets nothing
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/admin/backup"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":wrong")
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    /** H2: the README's restore command, with the jar's own H2 tools. */
    void restore(Path backup, Path fresh) throws Exception {
        Files.createDirectories(fresh.resolve("data"));
        run(fresh, List.of(java(), "-cp", ProductionApp.JAR.toString(), "-Dloader.main=org.h2.tools.Restore",
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "-file", backup.resolve("smp-academy-backup.zip").toString(), "-dir", "data"));
        assertThat(fresh.resolve("data/smp-academy.mv.db")).exists();
    }

    ProductionApp app(Path workDir) {
        ProductionApp app = new ProductionApp(workDir).withTestDriver().arg("--academy.demo-data=false")
                .env("ACADEMY_ADMIN_EMAIL", ADMIN).env("ACADEMY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        database().configure(app);
        return app;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void run(Path workDir, List<String> command, String... env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        for (int i = 0; i < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
