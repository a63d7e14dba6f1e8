import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted browser of bench/session-memory.sh (run as a source file: {@code java bench/SessionMemoryClient.java}).
 * Each session does what Chromium does, as read from its network log: GET /login for the session cookie and the
 * {@code _csrf} meta tag, POST /login, GET the page (Vaadin's bootstrap HTML), GET {@code ?v-r=init&location=...}
 * (creates the UI, answers its CSRF key and id), POST the {@code ui-navigate} UIDL event (creates the view). A quiz
 * session then clicks the start button through UIDL. The session is left open: its UI stays on the server until the
 * HTTP session times out or three heartbeats are missed (15 minutes), which is what the script measures.
 *
 * <pre>
 * register BASE FROM COUNT              trainees bench-FROM..@bench.test through the test driver
 * lesson   BASE FROM COUNT PATH         one signed-in session per trainee sitting on the lesson at PATH
 * quiz     BASE FROM COUNT PATH         one signed-in session per trainee inside a started attempt of the quiz at PATH
 * diff     BEFORE AFTER SESSIONS LABEL  KB per session between two jcmd GC.class_histogram outputs, top classes
 * </pre>
 */
public class SessionMemoryClient {

    static final String PASSWORD = "smp-demo-2026";
    static final int THREADS = Integer.getInteger("threads", 4);
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "register" -> each(args, i -> register(args[1], i));
            case "lesson" -> each(args, i -> new Session(args[1]).login(email(i)).open(args[4], "lesson-content"));
            case "quiz" -> each(args, i -> new Session(args[1]).login(email(i)).open(args[4], "quiz-start")
                    .click("quiz-start", "quiz-submit"));
            case "diff" -> diff(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), args[4]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String email(int i) {
        return "bench-" + i + "@bench.test";
    }

    interface Step {
        void run(int index) throws Exception;
    }

    /** Runs the step for trainees FROM..FROM+COUNT-1 on a few threads; any failure stops the run. */
    static void each(String[] args, Step step) throws Exception {
        int from = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                int index = i;
                all.add(pool.submit(() -> {
                    step.run(index);
                    done.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        System.out.printf("%s: %d sessions in %.1f s%n", args[0], done.get(), (System.nanoTime() - t0) / 1e9);
    }

    static void register(String base, int i) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/test-driver/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("name", "Bench Trainee " + i,
                        "email", email(i), "password", PASSWORD)))).build());
        expect(r, 200, "register " + email(i));
    }

    /** One browser: its cookies, and once a page is open its UI id, CSRF key and message counters. */
    static final class Session {
        final String base;
        final Map<String, String> cookies = new HashMap<>();
        String uiId;
        String csrf;
        int syncId;
        int clientId;
        /** Every UIDL response of this UI, to find the node of an element by its id. */
        final StringBuilder rendered = new StringBuilder();

        Session(String base) {
            this.base = base;
        }

        Session login(String email) throws Exception {
            HttpResponse<String> page = get("/login");
            expect(page, 200, "GET /login");
            String token = find(page.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\"", "the _csrf meta tag");
            HttpResponse<String> r = send(request("/login").header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                    form(Map.of("_csrf", token, "username", email, "password", PASSWORD)))).build());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + email + " refused: " + r.statusCode() + " " + location);
            }
            return this;
        }

        /** The bootstrap page, Vaadin's init request and the navigation event; checks that the view rendered. */
        Session open(String path, String expectedId) throws Exception {
            expect(get(path), 200, "GET " + path);
            String location = URLEncoder.encode(path.substring(1), StandardCharsets.UTF_8);
            HttpResponse<String> init = get("/?v-r=init&location=" + location + "&query=&v-sh=1080&v-sw=1920"
                    + "&v-wh=960&v-ww=1900&v-bh=960&v-bw=1900&v-curdate=" + System.currentTimeMillis()
                    + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                    + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                    + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false");
            expect(init, 200, "init " + path);
            uiId = find(init.body(), "\"v-uiId\":(\\d+)", "v-uiId");
            csrf = find(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"", "Vaadin-Security-Key");
            counters(init.body());
            uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + path
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
            node(expectedId);
            settle();
            return this;
        }

        /**
         * What Chromium sends right after a page renders: the app layout reports its drawer state. Vaadin keeps the
         * response to a UI's last UIDL request (to answer a resent message), so without this follow-up each session
         * would hold the whole first render as one string, which a real browser's session does not.
         */
        void settle() throws Exception {
            String layout = find(rendered, "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":\\d+,"
                    + "\"value\":\"vaadin-app-layout\"\\}", "the app layout");
            uidl("{\"type\":\"mSync\",\"node\":" + layout + ",\"feature\":1,\"property\":\"drawerOpened\","
                    + "\"value\":true},{\"type\":\"event\",\"node\":" + layout + ",\"event\":\"drawer-opened-changed\","
                    + "\"data\":{}}");
        }

        /** A click on the element with this id, as the browser sends it; checks the element that should follow. */
        Session click(String id, String expectedId) throws Exception {
            uidl("{\"type\":\"event\",\"node\":" + node(id) + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                    + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":98,"
                    + "\"event.clientY\":418,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":571,"
                    + "\"event.screenX\":108}}");
            node(expectedId);
            // the browser then reports the new fields' values; any next message replaces the stored response
            uidl("");
            return this;
        }

        String node(String id) {
            return find(rendered, "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                    + Pattern.quote(id) + "\"\\}", "an element with id " + id);
        }

        void uidl(String rpc) throws Exception {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> r = send(request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            expect(r, 200, "UIDL");
            if (Boolean.getBoolean("sizes")) {
                System.out.println("UIDL " + body.length() + " chars -> " + r.body().length() + " chars");
            }
            rendered.append(r.body());
            counters(r.body());
        }

        void counters(String json) {
            syncId = Integer.parseInt(find(json, "\"syncId\":(\\d+)", "syncId"));
            clientId = Integer.parseInt(find(json, "\"clientId\":(\\d+)", "clientId"));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET().build());
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
            if (!cookies.isEmpty()) {
                b.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            return b;
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> r = SessionMemoryClient.send(request);
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return r;
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            String body = r.body();
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " "
                    + body.substring(0, Math.min(400, body.length())));
        }
    }

    static String find(CharSequence text, String regex, String what) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in: " + text.subSequence(0, Math.min(600, text.length())));
        }
        return m.group(1);
    }

    static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    // --- histograms ------------------------------------------------------------------------------------------

    record Row(long instances, long bytes) {
    }

    /** jcmd GC.class_histogram: "   1:   123   4567  java.lang.String (java.base@25)". */
    static Map<String, Row> histogram(Path file) throws IOException {
        Map<String, Row> rows = new HashMap<>();
        Pattern line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String l : Files.readAllLines(file)) {
            Matcher m = line.matcher(l);
            // G1's filler arrays pad unused heap regions; they are not objects anyone holds
            if (m.find() && !m.group(3).contains("FillerElement")) {
                // hidden classes (lambdas) carry an address; the same lambda keeps it within one JVM
                rows.merge(m.group(3), new Row(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new Row(a.instances + b.instances, a.bytes + b.bytes));
            }
        }
        return rows;
    }

    static void diff(Path before, Path after, int sessions, String label) throws IOException {
        Map<String, Row> a = histogram(before);
        Map<String, Row> b = histogram(after);
        Map<String, Row> d = new HashMap<>();
        for (String k : b.keySet()) {
            Row x = a.getOrDefault(k, new Row(0, 0));
            Row y = b.get(k);
            d.put(k, new Row(y.instances - x.instances, y.bytes - x.bytes));
        }
        for (String k : a.keySet()) {
            d.putIfAbsent(k, new Row(-a.get(k).instances, -a.get(k).bytes));
        }
        long total = d.values().stream().mapToLong(Row::bytes).sum();
        System.out.printf("%s: %+.1f MB live heap for %d sessions = %.1f KB per session%n", label,
                total / 1048576.0, sessions, total / 1024.0 / sessions);
        for (String k : List.of("com.vaadin.flow.server.VaadinSession", "org.apache.catalina.session.StandardSession",
                "com.vaadin.flow.internal.StateNode")) {
            Row r = d.getOrDefault(k, new Row(0, 0));
            System.out.printf("  %-45s %+8d instances (%.1f per session)%n", k, r.instances,
                    r.instances / (double) sessions);
        }
        System.out.printf("  %10s %12s %10s  %s%n", "KB/session", "inst/session", "MB", "class");
        d.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue().bytes, x.getValue().bytes)).limit(
                Integer.getInteger("top", 15)).forEach(e -> System.out.printf("  %10.2f %12.1f %10.2f  %s%n",
                e.getValue().bytes / 1024.0 / sessions, e.getValue().instances / (double) sessions,
                e.getValue().bytes / 1048576.0, e.getKey()));
    }
}
