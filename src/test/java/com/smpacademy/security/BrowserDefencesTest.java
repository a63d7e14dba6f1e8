package com.smpacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smpacademy.practice.EntryForm;
import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import com.smpacademy.practice.PracticeService;
import com.smpacademy.practice.TestPhotosAccess;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of response carries the browser's defences: pages (login, a signed-in view's bootstrap, the not-found
 * page), the public API, static and course assets, practice photos, and error responses; HSTS only over HTTPS; and
 * with framing origins, frame-ancestors lists them and X-Frame-Options is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class BrowserDefencesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    PracticeService practice;

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String signedInCookie(String email) throws Exception {
        HttpResponse<String> login = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email,
                                StandardCharsets.UTF_8) + "&password=" + TestUsers.DEMO_PASSWORD)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain(
                "error"));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    static void commonDefences(HttpHeaders h) {
        assertThat(h.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(h.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("microphone=()", "geolocation=()", "payment=()"));
    }

    static void pageDefences(HttpResponse<String> response) {
        HttpHeaders h = response.headers();
        commonDefences(h);
        assertThat(h.allValues("Content-Security-Policy")).singleElement().satisfies(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"));
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p)
                .startsWith("camera=(self)"));
    }

    static void resourceDefences(HttpResponse<String> response) {
        HttpHeaders h = response.headers();
        commonDefences(h);
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).startsWith("camera=()"));
    }

    @Test
    void theLoginPageCarriesThePagePolicy() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        pageDefences(login);
    }

    @Test
    void aSignedInViewAndTheNotFoundPageCarryThePagePolicy() throws Exception {
        String cookie = signedInCookie(TestUsers.TRAINEE);
        HttpResponse<String> lesson = get("/courses/smp-practitioner", "Cookie", cookie);
        assertThat(lesson.statusCode()).isEqualTo(200);
        pageDefences(lesson);
        HttpResponse<String> missing = get("/no-such-page", "Cookie", cookie);
        // Vaadin answers an unknown route with its bootstrap page, which then shows the not-found view
        assertThat(missing.statusCode()).isLessThan(500);
        pageDefences(missing);
    }

    @Test
    void thePublicVerifyApiAnswersAsDataThatRunsNothing() throws Exception {
        for (String path : Set.of("/api/v1/verify/SMP-0000-0000-0", "/api/v1/verify/not-a-code",
                "/.well-known/jwks.json", "/actuator/health")) {
            HttpResponse<String> api = get(path);
            assertThat(api.statusCode()).as(path).isLessThan(500);
            resourceDefences(api);
            assertThat(api.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void staticAndCourseAssetsCarryTheCommonDefences() throws Exception {
        HttpResponse<String> css = get("/styles/academy.css");
        assertThat(css.statusCode()).isEqualTo(200);
        resourceDefences(css);
        String cookie = signedInCookie(TestUsers.TRAINEE);
        HttpResponse<String> svg = get("/course-assets/smp-practitioner/03-needle-depth/assets/skin-layers.svg",
                "Cookie", cookie);
        assertThat(svg.statusCode()).isEqualTo(200);
        resourceDefences(svg);
        // the asset controller's own, stricter policy (a sandbox) replaces the general one
        assertThat(svg.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "sandbox"));
    }

    @Test
    void aPracticePhotoAndAMissingOneRunNothingAndCannotBeFramed() throws Exception {
        users.loginAs(TestUsers.TRAINEE);
        long photo;
        try {
            long entry = practice.save(null, new EntryForm(LocalDate.now().minusDays(1), 60, Setting.SYNTHETIC_SKIN,
                    Skill.NEEDLE_DEPTH, "3RL", 0.25, "Carbon black", "1:3", "Crown", null, "Header test"));
            photo = practice.addPhoto(entry, "dots.png", TestPhotosAccess.png());
        } finally {
            users.logout();
        }
        String cookie = signedInCookie(TestUsers.TRAINEE);
        HttpResponse<String> image = get("/practice-photos/" + photo, "Cookie", cookie);
        assertThat(image.statusCode()).isEqualTo(200);
        resourceDefences(image);
        assertThat(image.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; frame-ancestors 'none'");
        HttpResponse<String> missing = get("/practice-photos/987654321", "Cookie", cookie);
        assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
        resourceDefences(missing);
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverHttps() throws Exception {
        HttpResponse<String> login = get("/login", "X-Forwarded-Proto", "https");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
        HttpResponse<String> api = get("/api/v1/verify/SMP-0000-0000-0", "X-Forwarded-Proto", "https");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    /** With an LMS allowed to frame the app (the LTI feature's bean), pages say so and send no X-Frame-Options. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("test")
    @Import({TestConfig.class, TestUsers.class, WithFramingOrigins.LmsOrigins.class})
    class WithFramingOrigins {

        @LocalServerPort
        int lmsPort;

        @TestConfiguration
        static class LmsOrigins {
            @Bean
            FramingOrigins lmsFramingOrigins() {
                return () -> Set.of("https://lms.example.edu", "https://bad.example; script-src *");
            }
        }

        @Test
        void pagesListTheOriginsAndDropXFrameOptions() throws Exception {
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + lmsPort + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .endsWith("frame-ancestors https://lms.example.edu").doesNotContain("bad.example"));
            assertThat(login.headers().firstValue("X-Frame-Options")).isEmpty();
            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + lmsPort + "/api/v1/verify/SMP-0000-0000-0")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }
}
