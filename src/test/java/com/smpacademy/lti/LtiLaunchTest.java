package com.smpacademy.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.smpacademy.account.AccountPrincipal;
import com.smpacademy.course.CourseService;
import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService;
import com.smpacademy.support.MutableClock;
import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * LTI 1.3 end to end: a real test platform on loopback launches into the app over its real HTTP stack (a cookie
 * keeping user agent, no service shortcuts), for accounts, every id_token check, deep linking, grade passback and
 * roster sync.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "academy.lti.outbox-delay-ms=200")
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class LtiLaunchTest {

    static final String COURSE = "lti-lab";
    private static TestPlatform platform;
    private static long platformId;

    @LocalServerPort
    int port;
    @Autowired
    LtiPlatformService platforms;
    @Autowired
    LtiCourseService lmsCourses;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GradePassback passback;

    String app() {
        return "http://127.0.0.1:" + port;
    }

    @BeforeEach
    void platformRegistered() throws Exception {
        clock.reset();
        if (platform == null) {
            platform = new TestPlatform(clock, app() + "/lti/jwks.json");
            writeCourse();
            users.loginAs(TestUsers.ADMIN);
            courses.reloadPacks();
            platformId = platforms.save(null, new PlatformDraft("Test LMS", platform.issuer, platform.clientId,
                    "dep-1\ndep-2", platform.authUrl(), platform.tokenUrl(), platform.jwksUrl(), "", false)).id();
            users.logout();
        }
        platform.next = new TestPlatform.Launch();
        platform.next.sub = "lms-" + UUID.randomUUID().toString().substring(0, 8);
        platform.next.email = platform.next.sub + "@lms.example";
        platform.next.resourceLinkId = "rl-" + UUID.randomUUID().toString().substring(0, 8);
        platform.next.contextId = "course-" + UUID.randomUUID().toString().substring(0, 8);
        platform.scoresDown = false;
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    record Result(HttpResponse<String> launch, String target) {
    }

    /** Login initiation → platform authorisation → launch post → continue, as a browser in the LMS frame. */
    Result launch(LtiBrowser browser) throws Exception {
        HttpResponse<String> login = browser.get(app() + "/lti/login?iss=" + enc(platform.issuer) + "&login_hint="
                + enc(platform.next.sub) + "&target_link_uri=" + enc(app() + "/lti/launch") + "&client_id="
                + enc(platform.clientId) + "&lti_deployment_id=" + enc(platform.next.deploymentId));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        HttpResponse<String> auth = browser.get(LtiBrowser.location(login));
        assertThat(auth.statusCode()).as(auth.body()).isEqualTo(200);
        LtiBrowser.Form form = LtiBrowser.form(auth.body());
        HttpResponse<String> launch = browser.post(form.action(), form.fields());
        if (launch.statusCode() != 302) {
            return new Result(launch, "");
        }
        HttpResponse<String> cont = browser.get(abs(LtiBrowser.location(launch)));
        assertThat(cont.statusCode()).as(cont.body()).isEqualTo(302);
        return new Result(launch, LtiBrowser.location(cont));
    }

    private long accounts() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    private long refusals(String check) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LTI_LAUNCH_REFUSED' "
                + "and target_label = ?", Long.class, check);
    }

    @Test
    void aFirstLaunchCreatesAndLinksTheAccountAndASecondLaunchReusesIt() throws Exception {
        long before = accounts();
        platform.next.custom = Map.of("smp_target", "quiz:" + COURSE + "/m1");
        Result first = launch(new LtiBrowser());
        assertThat(first.target()).isEqualTo("/quiz/" + COURSE + "/m1");
        assertThat(accounts()).isEqualTo(before + 1);
        Map<String, Object> account = jdbc.queryForMap("select a.email, a.role, a.display_name from user_account a "
                + "join lti_user_link l on l.account_id = a.id where l.subject = ?", platform.next.sub);
        assertThat(account).containsEntry("EMAIL", platform.next.email).containsEntry("ROLE", "TRAINEE")
                .containsEntry("DISPLAY_NAME", "Lee Learner");
        assertThat(jdbc.queryForObject("select count(*) from cohort_member m join lti_context c on c.cohort_id = "
                + "m.cohort_id join lti_user_link l on l.account_id = m.user_id where l.subject = ?", Long.class,
                platform.next.sub)).isEqualTo(1);

        LtiBrowser second = new LtiBrowser();
        Result again = launch(second);
        assertThat(again.target()).isEqualTo("/quiz/" + COURSE + "/m1");
        assertThat(accounts()).isEqualTo(before + 1);
        // the session cookie logs the browser in: the app page is served, not the login redirect
        HttpResponse<String> page = second.get(app() + again.target());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void anInstructorLaunchMakesAnInstructorInTheCoursesCohort() throws Exception {
        platform.next.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        Result r = launch(new LtiBrowser());
        assertThat(r.target()).isEqualTo("/courses");
        assertThat(jdbc.queryForObject("select a.role from user_account a join lti_user_link l on l.account_id = "
                + "a.id where l.subject = ?", String.class, platform.next.sub)).isEqualTo("INSTRUCTOR");
    }

    @Test
    void anAdministratorRoleGivesNoAdminUnlessThePlatformAllowsIt() throws Exception {
        platform.next.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");
        launch(new LtiBrowser());
        assertThat(jdbc.queryForObject("select a.role from user_account a join lti_user_link l on l.account_id = "
                + "a.id where l.subject = ?", String.class, platform.next.sub)).isEqualTo("INSTRUCTOR");
    }

    private void assertRefused(String check) throws Exception {
        long before = accounts();
        long audited = refusals(check);
        Result r = launch(new LtiBrowser());
        assertThat(r.launch().statusCode()).isEqualTo(400);
        assertThat(r.launch().body()).contains("The LMS launch was refused: " + check).contains("Nothing was created");
        assertThat(accounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from lti_user_link where subject = ?", Long.class,
                platform.next.sub)).isZero();
        assertThat(refusals(check)).isEqualTo(audited + 1);
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        platform.next.signWithWrongKey = true;
        assertRefused("Bad signature");
    }

    @Test
    void anUnknownKeyIdIsRefusedAfterRefetchingTheKeys() throws Exception {
        platform.next.signWithUnknownKid = true;
        assertRefused("Unknown signing key (kid)");
    }

    @Test
    void aWrongAudienceIsRefused() throws Exception {
        platform.next.audience = "some-other-tool";
        assertRefused("Wrong audience (aud)");
    }

    @Test
    void severalAudiencesWithoutAzpAreRefused() throws Exception {
        platform.next.audience = List.of(platform.clientId, "another-tool");
        assertRefused("Wrong authorised party (azp)");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        platform.next.expiresIn = Duration.ofMinutes(-5);
        assertRefused("Expired id_token (exp)");
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        LtiBrowser browser = new LtiBrowser();
        HttpResponse<String> login = browser.get(app() + "/lti/login?iss=" + enc(platform.issuer) + "&login_hint=x"
                + "&target_link_uri=" + enc(app() + "/lti/launch") + "&client_id=" + enc(platform.clientId));
        LtiBrowser.Form form = LtiBrowser.form(browser.get(LtiBrowser.location(login)).body());
        assertThat(browser.post(form.action(), form.fields()).statusCode()).isEqualTo(302);
        long before = accounts();
        HttpResponse<String> replay = browser.post(form.action(), form.fields());
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("Replayed nonce");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void anUnknownDeploymentIsRefused() throws Exception {
        platform.next.deploymentId = "dep-unregistered";
        platform.next.tweak = b -> { };
        // the login names a registered deployment; the token claims another
        LtiBrowser browser = new LtiBrowser();
        long before = accounts();
        HttpResponse<String> login = browser.get(app() + "/lti/login?iss=" + enc(platform.issuer) + "&login_hint=x"
                + "&target_link_uri=" + enc(app() + "/lti/launch") + "&client_id=" + enc(platform.clientId)
                + "&lti_deployment_id=dep-1");
        LtiBrowser.Form form = LtiBrowser.form(browser.get(LtiBrowser.location(login)).body());
        HttpResponse<String> launch = browser.post(form.action(), form.fields());
        assertThat(launch.statusCode()).isEqualTo(400);
        assertThat(launch.body()).contains("Unknown deployment").contains("dep-unregistered");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aWrongMessageTypeIsRefused() throws Exception {
        platform.next.messageType = "LtiSubmissionReviewRequest";
        assertRefused("Unsupported message type");
    }

    @Test
    void aWrongLtiVersionIsRefused() throws Exception {
        platform.next.version = "1.1";
        assertRefused("Wrong LTI version");
    }

    @Test
    void aLaunchFromAnotherBrowserThanTheLoginIsRefused() throws Exception {
        LtiBrowser browser = new LtiBrowser();
        HttpResponse<String> login = browser.get(app() + "/lti/login?iss=" + enc(platform.issuer) + "&login_hint=x"
                + "&target_link_uri=" + enc(app() + "/lti/launch") + "&client_id=" + enc(platform.clientId));
        LtiBrowser.Form form = LtiBrowser.form(browser.get(LtiBrowser.location(login)).body());
        HttpResponse<String> stolen = new LtiBrowser().post(form.action(), form.fields());
        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(stolen.body()).contains("did not start in this browser");
    }

    @Test
    void aTargetOutsideTheToolIsRefusedAtLogin() throws Exception {
        HttpResponse<String> login = new LtiBrowser().get(app() + "/lti/login?iss=" + enc(platform.issuer)
                + "&login_hint=x&target_link_uri=" + enc("https://evil.example/phish") + "&client_id="
                + enc(platform.clientId));
        assertThat(login.statusCode()).isEqualTo(400);
        assertThat(login.body()).contains("Target link URI is not this tool");
    }

    @Test
    void loginInitiationAlsoWorksAsAPost() throws Exception {
        LtiBrowser browser = new LtiBrowser();
        HttpResponse<String> login = browser.post(app() + "/lti/login", Map.of("iss", platform.issuer,
                "login_hint", "x", "target_link_uri", app() + "/lti/launch", "client_id", platform.clientId));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(LtiBrowser.location(login)).startsWith(platform.authUrl() + "?scope=openid");
    }

    @Test
    void whenTheFrameGetsNoCookieTheContinuePageOffersANewWindowThatSignsInOnce() throws Exception {
        LtiBrowser frame = new LtiBrowser();
        HttpResponse<String> login = frame.get(app() + "/lti/login?iss=" + enc(platform.issuer) + "&login_hint=x"
                + "&target_link_uri=" + enc(app() + "/lti/launch") + "&client_id=" + enc(platform.clientId));
        LtiBrowser.Form form = LtiBrowser.form(frame.get(LtiBrowser.location(login)).body());
        String cont = LtiBrowser.location(frame.post(form.action(), form.fields()));
        // a browser that blocks third-party cookies arrives at continue without the session cookie
        HttpResponse<String> blocked = new LtiBrowser().get(abs(cont));
        assertThat(blocked.statusCode()).isEqualTo(200);
        assertThat(blocked.body()).contains("Open in a new window");
        String handoff = blocked.body().replaceAll("(?s).*href=\"(/lti/handoff/[^\"]+)\".*", "$1");
        LtiBrowser window = new LtiBrowser();
        HttpResponse<String> opened = window.get(app() + handoff);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(LtiBrowser.location(opened)).isEqualTo("/courses");
        assertThat(window.get(app() + "/courses").statusCode()).isEqualTo(200);
        assertThat(new LtiBrowser().get(app() + handoff).statusCode()).isEqualTo(410);
    }

    @Test
    void deepLinkingReturnsASignedResponseThePlatformVerifies() throws Exception {
        platform.next.messageType = "LtiDeepLinkingRequest";
        platform.next.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        LtiBrowser browser = new LtiBrowser();
        Result r = launch(browser);
        assertThat(r.target()).isEqualTo("/lti/deep-link");
        HttpResponse<String> picker = browser.get(app() + r.target());
        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("quiz:" + COURSE + "/m1");
        LtiBrowser.Form form = LtiBrowser.form(picker.body());
        String body = form.fields().entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .reduce((a, b) -> a + "&" + b).orElse("") + "&item=" + enc("quiz:" + COURSE + "/m1")
                + "&item=" + enc("course:" + COURSE);
        HttpResponse<String> chosen = browser.postRaw(app() + form.action(), body);
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        LtiBrowser.Form back = LtiBrowser.form(chosen.body());
        assertThat(back.action()).isEqualTo(platform.issuer + "/deep-link-return");

        SignedJWT jwt = SignedJWT.parse(back.fields().get("JWT"));
        assertThat(platform.verifiesWithToolKeys(jwt)).isTrue();
        JWTClaimsSet c = jwt.getJWTClaimsSet();
        assertThat(c.getIssuer()).isEqualTo(platform.clientId);
        assertThat(c.getAudience()).containsExactly(platform.issuer);
        assertThat(c.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(c.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(c.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("dep-1");
        assertThat(c.getStringClaim(LtiClaims.DL_DATA)).isEqualTo("platform-opaque-42");
        assertThat(c.getClaim("nonce")).isNotNull();
        List<?> items = (List<?>) c.getClaim(LtiClaims.DL_CONTENT_ITEMS);
        assertThat(items).hasSize(2);
        Map<?, ?> quiz = (Map<?, ?>) items.get(0);
        assertThat(quiz.get("type")).isEqualTo("ltiResourceLink");
        assertThat(quiz.get("url")).isEqualTo(app() + "/lti/launch");
        assertThat(((Map<?, ?>) quiz.get("custom")).get("smp_target")).isEqualTo("quiz:" + COURSE + "/m1");
        assertThat(((Map<?, ?>) quiz.get("lineItem")).get("scoreMaximum")).isEqualTo(100L);
    }

    @Test
    void aLearnerCannotStartDeepLinking() throws Exception {
        platform.next.messageType = "LtiDeepLinkingRequest";
        assertRefused("Only instructors can add content");
    }

    @Test
    void aPassedQuizPostsExactlyOneScoreWithAScopedToken() throws Exception {
        String lineItem = platform.lineItemUrl("li-" + UUID.randomUUID().toString().substring(0, 6));
        platform.next.custom = Map.of("smp_target", "quiz:" + COURSE + "/m1");
        platform.next.lineItem = lineItem;
        launch(new LtiBrowser());
        passQuizAs(platform.next.sub);

        try {
            waitUntil(() -> platform.scores.stream().anyMatch(s -> s.lineItem().equals(lineItem)));
        } catch (AssertionError e) {
            throw new AssertionError("outbox " + jdbc.queryForList("select * from lti_score_outbox") + "\nlinks "
                    + jdbc.queryForList("select * from lti_resource_link") + "\nscores " + platform.scores
                    + "\nruns " + passback.runs + " attempts " + platform.scoreAttempts + " tokens " + platform.tokenRequests + " "
                    + platform.lastAssertionError);
        }
        Thread.sleep(800);
        List<TestPlatform.Score> posted = platform.scores.stream().filter(s -> s.lineItem().equals(lineItem)).toList();
        assertThat(posted).hasSize(1);
        Map<String, Object> score = posted.get(0).body();
        assertThat(score).containsEntry("userId", platform.next.sub).containsEntry("scoreGiven", 100.0)
                .containsEntry("scoreMaximum", 100.0).containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded");
        assertThat(platform.lastAssertionError).isEmpty();
    }

    @Test
    void anOutageOfTheScoreEndpointIsRetriedUntilTheScoreArrives() throws Exception {
        String lineItem = platform.lineItemUrl("li-" + UUID.randomUUID().toString().substring(0, 6));
        platform.next.custom = Map.of("smp_target", "quiz:" + COURSE + "/m1");
        platform.next.lineItem = lineItem;
        launch(new LtiBrowser());
        platform.scoresDown = true;
        int attemptsBefore = platform.scoreAttempts.get();
        passQuizAs(platform.next.sub);

        waitUntil(() -> platform.scoreAttempts.get() > attemptsBefore);
        waitUntil(() -> jdbc.queryForObject("select count(*) from lti_score_outbox where lineitem_url = ? and "
                + "last_error like '%503%' and sent_at is null", Long.class, lineItem) == 1);
        users.loginAs(TestUsers.ADMIN);
        assertThat(lmsCourses.pendingScores()).anyMatch(p -> p.lastError() != null && p.lastError().contains("503"));
        users.logout();

        platform.scoresDown = false;
        clock.advance(Duration.ofMinutes(2));
        waitUntil(() -> platform.scores.stream().anyMatch(s -> s.lineItem().equals(lineItem)));
        assertThat(platform.scores.stream().filter(s -> s.lineItem().equals(lineItem))).hasSize(1);
    }

    @Test
    void rosterSyncAddsAndRemovesCohortMembers() throws Exception {
        platform.next.contextId = "course-nrps-" + UUID.randomUUID().toString().substring(0, 6);
        platform.next.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        String instructorSub = platform.next.sub;
        launch(new LtiBrowser());
        // a learner who launched once and has since left the LMS course
        platform.next.sub = "lms-leaver-" + UUID.randomUUID().toString().substring(0, 6);
        platform.next.roles = List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        launch(new LtiBrowser());
        String leaver = platform.next.sub;
        long cohortId = jdbc.queryForObject("select cohort_id from lti_context where context_id = ?", Long.class,
                platform.next.contextId);
        assertThat(members(cohortId)).hasSize(2);

        String newcomer = "lms-new-" + UUID.randomUUID().toString().substring(0, 6);
        platform.members = List.of(
                Map.of("user_id", instructorSub, "status", "Active", "name", "Ina Instructor",
                        "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")),
                Map.of("user_id", newcomer, "status", "Active", "name", "Nora Newcomer", "email",
                        newcomer + "@lms.example",
                        "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")),
                Map.of("user_id", leaver, "status", "Inactive", "name", "Lee Leaver",
                        "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")));
        long contextPk = jdbc.queryForObject("select id from lti_context where context_id = ?", Long.class,
                platform.next.contextId);
        AccountPrincipal instructor = principalOf(instructorSub);
        users.loginAs(instructor);
        assertThat(lmsCourses.myLmsCourses()).anyMatch(c -> c.id() == contextPk && c.canSync());
        LtiCourseService.SyncResult result = lmsCourses.syncMembers(contextPk);
        users.logout();

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.accountsCreated()).isEqualTo(1);
        assertThat(members(cohortId)).containsExactlyInAnyOrder(principalOf(instructorSub).id(),
                principalOf(newcomer).id());
    }

    private List<Long> members(long cohortId) {
        return jdbc.queryForList("select user_id from cohort_member where cohort_id = ?", Long.class, cohortId);
    }

    private AccountPrincipal principalOf(String sub) {
        String email = jdbc.queryForObject("select a.email from user_account a join lti_user_link l on "
                + "l.account_id = a.id where l.subject = ?", String.class, sub);
        return users.principal(email);
    }

    private void passQuizAs(String sub) {
        users.loginAs(principalOf(sub));
        try {
            QuizService.AttemptView attempt = quizzes.start(COURSE, "m1");
            quizzes.saveAnswer(attempt.attemptId(), 0, Answer.number(2));
            assertThat(quizzes.submit(attempt.attemptId()).status()).isNotBlank();
        } finally {
            users.logout();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Condition not met within 15 s");
            }
            Thread.sleep(100);
        }
    }

    private static void writeCourse() throws Exception {
        Path dir = Path.of("target/test-courses-dir").resolve(COURSE);
        Files.createDirectories(dir.resolve("01-m1"));
        Files.writeString(dir.resolve("course.yaml"), "id: " + COURSE + "\ntitle: LTI lab\nmodules: [m1]\n");
        Files.writeString(dir.resolve("01-m1/module.yaml"), "id: m1\ntitle: Module one\nprerequisites: []\n");
        Files.writeString(dir.resolve("01-m1/01-read.md"), "---\ntitle: Read me\n---\nSome text.\n");
        Files.writeString(dir.resolve("01-m1/quiz.yaml"), """
                title: Sum quiz
                passMark: 50
                attemptsAllowed: 0
                cooldownMinutes: 0
                timeLimitMinutes: 0
                drawCount: 1
                review: score-only
                questions:
                  - id: sum
                    type: numeric
                    text: "What is 1 + 1?"
                    answer: 2
                    tolerance: 0
                """);
    }

    private String abs(String location) {
        return java.net.URI.create(app() + "/").resolve(location).toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
