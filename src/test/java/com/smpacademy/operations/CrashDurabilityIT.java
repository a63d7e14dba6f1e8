package com.smpacademy.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.smpacademy.support.ProductionApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes survive SIGKILL: the production jar on a fresh database takes a registration, twenty refused
 * logins through the real login form (each audited before the answer), a submitted practice entry and a submitted
 * quiz, is killed with SIGKILL right after the last answer, restarts on the same data and still has every one.
 * Before WRITE_DELAY=0, H2 lost nearly all of them.
 */
class CrashDurabilityIT {

    @TempDir
    Path dir;

    Databases database() {
        return Databases.H2;
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill9() {
        assumeTrue(ProductionApp.jarBuilt(), "Skipped: no production jar (run mvn verify, which packages first)");
        database().makeFresh();
        String email = "crash.tester@academy.test";
        String state;
        ProductionApp app = app();
        try {
            app.start();
            assertThat(app.post("/test-driver/register", "name=Casey+Crash&email=" + enc(email)
                    + "&password=" + enc("durable-writes-2026")).statusCode()).isEqualTo(200);
            assertThat(app.post("/test-driver/practice", "email=" + enc(email)).statusCode()).isEqualTo(200);
            assertThat(app.post("/test-driver/quiz", "email=" + enc(email)).body()).contains("SUBMITTED");
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> refused = app.post("/login", "username=" + enc(email) + "&password=wrong-"
                        + i);
                assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                        l -> assertThat(l).contains("/login?error"));
            }
            state = app.get("/test-driver/state?email=" + enc(email)).body();
        } finally {
            app.kill();
        }
        assertThat(state).contains("\"accounts\":1", "\"practice\":1", "\"quiz\":1");
        assertThat(auditCount(state)).as("audit rows before the kill").isGreaterThanOrEqualTo(16);

        try (ProductionApp restarted = app()) {
            restarted.start();
            assertThat(restarted.get("/test-driver/state?email=" + enc(email)).body())
                    .as("after SIGKILL and restart").isEqualTo(state);
        }
    }

    private ProductionApp app() {
        ProductionApp app = new ProductionApp(dir).withTestDriver().arg("--academy.demo-data=false")
                .env("ACADEMY_ADMIN_EMAIL", "admin@crash.test").env("ACADEMY_ADMIN_PASSWORD", "Kept-after-SIGKILL-2026");
        database().configure(app);
        return app;
    }

    static int auditCount(String state) {
        return Integer.parseInt(state.replaceAll(".*\"audit\":(\\d+).*", "$1"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
