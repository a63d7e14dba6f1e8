package com.smpacademy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The production jar ({@code target/smp-academy.jar}, built by {@code package} before the integration tests) run
 * as a child process in its own working folder, so {@code ./data} is fresh. With {@link #withTestDriver()} the
 * test-only {@code smpacademy.testdriver.TestDriver} is added through Spring Boot's {@code loader.path}: the jar
 * itself is unchanged. {@link #kill()} is SIGKILL on Linux ({@code Process.destroyForcibly()}).
 */
public final class ProductionApp implements AutoCloseable {

    public static final Path JAR = Path.of(System.getProperty("academy.test.jar", "target/smp-academy.jar"))
            .toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String READY = "SMP Academy is ready";

    private final Path workDir;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();
    private Path driverDir;
    private Process process;
    private int port;
    private Path log;

    public ProductionApp(Path workDir) {
        this.workDir = workDir;
    }

    public static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    public ProductionApp arg(String arg) {
        args.add(arg);
        return this;
    }

    public ProductionApp env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Adds the test driver's classes (from target/test-classes) and an auto-configuration import for it. */
    public ProductionApp withTestDriver() {
        try {
            driverDir = workDir.resolve("test-driver");
            Path classes = Path.of("target/test-classes/smpacademy/testdriver");
            Path target = driverDir.resolve("smpacademy/testdriver");
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(classes)) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName().toString()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path imports = driverDir.resolve(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
            Files.createDirectories(imports.getParent());
            Files.writeString(imports, "smpacademy.testdriver.TestDriver\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts the app and waits until it logged that it is ready (web server up, start-up work done). */
    public ProductionApp start() {
        try {
            Files.createDirectories(workDir);
            port = freePort();
            log = workDir.resolve("app-" + System.nanoTime() + ".log");
            List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-XX:TieredStopAtLevel=1"));
            if (driverDir != null) {
                command.addAll(List.of("-Dloader.path=" + driverDir, "-cp", JAR.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher"));
            } else {
                command.addAll(List.of("-jar", JAR.toString()));
            }
            command.add("--server.port=" + port);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            process = builder.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (output.contains(READY)) {
                    return this;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("The app stopped during start-up:\n" + tail(output));
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("The app did not start in 240 s:\n" + tail(Files.readString(log)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no H2 close, nothing flushed on the way out. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String output) {
        return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
