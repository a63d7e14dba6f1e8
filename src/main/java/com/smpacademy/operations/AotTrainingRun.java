package com.smpacademy.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The build's training run for the JDK's AOT cache ({@code academy.aot-training-run=true}, set only by the
 * {@code aot-cache} profile of the pom): once the app is ready, it asks itself for the pages a first visitor asks
 * for (the login page, its static resources, the public verify page and API), so the cache holds the classes and
 * method profiles of serving a request as well as those of starting, then stops the JVM, which writes the cache.
 * Nothing here runs in a normal start.
 */
@Component
@ConditionalOnProperty(name = "academy.aot-training-run", havingValue = "true")
class AotTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final List<String> PATHS = List.of("/login", "/", "/verify", "/register",
            "/api/v1/verify/SMP-0000-0000-0", "/.well-known/jwks.json", "/actuator/health");
    private static final int ROUNDS = 20;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        ConfigurableApplicationContext ctx = event.getApplicationContext();
        String port = ctx.getEnvironment().getProperty("local.server.port");
        if (port != null) {
            exercise("http://127.0.0.1:" + port);
        }
        int code = SpringApplication.exit(ctx);
        System.exit(code);
    }

    private static void exercise(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String path : PATHS) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    answered += response.statusCode() < 500 ? 1 : 0;
                } catch (java.io.IOException e) {
                    log.warn("Training request {} failed: {}", path, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        log.warn("AOT training run: {} of {} requests answered; stopping to write the cache", answered,
                ROUNDS * PATHS.size());
    }
}
