package com.smpacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.smpacademy.support.TestConfig;
import com.smpacademy.support.TestUsers;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a real port: public endpoints over HTTP, and one smoke test in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}; nothing is downloaded). The browser test is skipped with a message
 * where Chromium is not installed, and fails there when {@code -Dacademy.test.browser=required}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestConfig.class, TestUsers.class})
class WebEndpointsTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    private static WebDriver driver;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthAnswersAnonymouslyWithNoDetails() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void theLoginPageIsServed() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theStylesheetIsPublic() throws Exception {
        HttpResponse<String> response = get("/styles/academy.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("--lumo-primary-color");
    }

    @Test
    void aTraineeLogsInSeesTheDashboardAndLogsOutInARealBrowser() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "required".equalsIgnoreCase(System.getProperty("academy.test.browser", "optional"))) {
            throw new IllegalStateException("Browser test required (-Dacademy.test.browser=required) but "
                    + "/usr/bin/chromium or /usr/bin/chromedriver is missing: apt-get install chromium "
                    + "chromium-driver");
        }
        assumeTrue(installed, "Skipped: Chromium is not installed (apt-get install chromium chromium-driver)");

        WebDriver browser = browser();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");
        // an anonymous visitor lands on the login form
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        WebElement form = wait.until(d -> d.findElement(By.id("login-form")));
        String sessionBefore = sessionId(browser);

        SearchContext formRoot = form;
        WebElement email = wait.until(d -> formRoot.findElement(By.cssSelector("vaadin-text-field input")));
        email.sendKeys(TestUsers.TRAINEE);
        form.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(TestUsers.DEMO_PASSWORD);
        form.findElement(By.cssSelector("vaadin-button")).click();

        WebElement greeting = wait.until(d -> d.findElement(By.id("dashboard-greeting")));
        assertThat(greeting.getText()).isEqualTo("Welcome, Sam Carter");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        // a new session id after login defeats session fixation
        assertThat(sessionId(browser)).isNotNull().isNotEqualTo(sessionBefore);

        WebElement logout = wait.until(d -> d.findElement(By.id("logout")));
        checkCourseAssetsAsSignedIn(sessionId(browser));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", logout);
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        WebElement notice = wait.until(d -> d.findElement(By.id("login-notice")));
        assertThat(notice.getText()).isEqualTo("You have logged out.");
    }

    /** Course diagrams are served to signed-in users only, with an image type, caching and a sandbox. */
    private void checkCourseAssetsAsSignedIn(String sessionId) {
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String asset = "/course-assets/smp-practitioner/03-needle-depth/assets/skin-layers.svg";
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + asset))
                    .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(200);
            assertThat(signedIn.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("image/svg+xml"));
            assertThat(signedIn.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    v -> assertThat(v).contains("max-age=86400"));
            assertThat(signedIn.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    v -> assertThat(v).contains("sandbox"));
            assertThat(signedIn.body()).contains("<svg");
            HttpResponse<String> notAnAsset = client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + port + "/course-assets/smp-practitioner/03-needle-depth/assets/../quiz.yaml"))
                    .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notAnAsset.statusCode()).isNotEqualTo(200);
            assertThat(get(asset).statusCode()).as("anonymous").isNotEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String sessionId(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private static synchronized WebDriver browser() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--window-size=1280,900");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        }
        return driver;
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
