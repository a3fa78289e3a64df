package org.hourglass.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12 §7: an admin manages policies in a browser. The distribution serves the Karaf web console (features,
 * bundles, configuration with metatype forms) to JAAS admins only; in headless Chromium an admin uninstalls and
 * reinstalls the Beijing policy's feature and changes its configuration, and a bad value typed into the form is
 * refused by the platform's configuration guard while the last good value stays in force. Every outcome is read
 * through the REST API, as a client would see it.
 */
public class WebConsoleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEATURE = "hourglass-policy-beijing-subsidy";
    private static final String PID = "org.hourglass.policy.beijing";
    private static final Map<String, Object> CALCULATION = Map.of("hours", Map.of("FREE_ON_DEMAND", 60.0, "PAID_ON_DEMAND", 40.0));

    private static KarafProcess karaf;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeClass
    public static void start() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium")) || !Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            fail("Debian's chromium and chromium-driver are needed: run the README's test command (.ci/test-all), which installs them");
        }
        Path work = Path.of("target", "browser-itest").toAbsolutePath();
        karaf = KarafProcess.start(Path.of(System.getProperty("hourglass.assembly")), work.resolve("karaf"),
                Integer.getInteger("hourglass.http.port", 28181));
        Path profile = work.resolve("chromium");
        Files.createDirectories(profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("HOME", profile.toString(), "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                        "XDG_CACHE_HOME", profile.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--user-data-dir=" + profile.resolve("user-data"));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void theConsoleIsForJaasAdminsOnly() {
        assertEquals("anonymous", 401, karaf.status("/system/console/features", null, null));
        assertEquals("wrong password", 401, karaf.status("/system/console/features", KarafProcess.CONSOLE_USER, "guess"));
        assertEquals("a REST account is no console account", 401, karaf.status("/system/console/features", "admin", "hourglass-demo"));
        assertEquals(200, karaf.status("/system/console/features", true));
    }

    @Test
    public void anAdminUninstallsAndReinstallsAPolicyFeatureInTheBrowser() throws Exception {
        String token = login();
        browser.get(karaf.console("/features"));
        clickFeatureAction("Uninstall");
        await("the policy is gone from /api/v1/policies", () -> !policies().toString().contains("\"beijing-subsidy\""));
        assertEquals(503, calculator(token).status);
        assertEquals(200, status("/api/v1/health"));

        clickFeatureAction("Install");
        await("the policy is ACTIVE again", () -> policies().toString().contains("\"state\":\"ACTIVE\"")
                && policies().toString().contains("\"beijing-subsidy\""));
        await("its calculator answers", () -> calculator(token).status == 200);
        assertEquals("1400.00", calculator(token).json.get("amount").asText());
    }

    @Test
    public void anAdminChangesAPolicyConfigurationAndABadValueIsRefused() throws Exception {
        String token = login();
        setConfiguration("rateFreeOnDemand", "12.00");
        // BJ-7 with the new rate: 40 × 25 + 40 × 12
        await("the new rate in force", () -> "1480.00".equals(calculator(token).amount()));

        setConfiguration("rateFreeOnDemand", "ten");
        await("the refusal noted on the policy", () -> policies().toString().contains("rateFreeOnDemand"));
        assertEquals("the last good value stays in force", "1480.00", calculator(token).amount());
        assertEquals(200, status("/api/v1/health"));

        setConfiguration("rateFreeOnDemand", "10.00");
        await("back to the seed's rate", () -> "1400.00".equals(calculator(token).amount()));
    }

    // ---- the browser ------------------------------------------------------------------------------

    /** Clicks Install or Uninstall on the Beijing feature's row; the table is rebuilt by JavaScript after each action. */
    private void clickFeatureAction(String action) {
        By button = By.cssSelector("tr[id^='feature-" + FEATURE + "/'] input[title='" + action + "']");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        By opposite = By.cssSelector("tr[id^='feature-" + FEATURE + "/'] input[title='" + ("Install".equals(action) ? "Uninstall" : "Install")
                + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(opposite));
    }

    /** Opens the policy's configuration in the console's metatype form, sets one field and saves, as an admin would. */
    private void setConfiguration(String field, String value) {
        browser.get(karaf.console("/configMgr/" + PID));
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(field)));
        input.clear();
        input.sendKeys(value);
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[contains(@class,'ui-dialog-buttonpane')]//button[normalize-space(.)='Save']")));
        save.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor")));
    }

    // ---- REST, as clients see it ------------------------------------------------------------------

    private record Answer(int status, JsonNode json) {
        String amount() {
            return status == 200 ? json.get("amount").asText() : "status " + status;
        }
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body().isEmpty() ? null : JSON.readTree(r.body()));
        } catch (IOException e) {
            return new Answer(-1, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null);
        }
    }

    private static int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(karaf.base() + path))).status;
    }

    private static JsonNode policies() {
        Answer a = send(HttpRequest.newBuilder(URI.create(karaf.base() + "/api/v1/policies")));
        return a.json == null ? JSON.createArrayNode() : a.json;
    }

    /** Logs the platform admin in over REST; a 404/503 of the boot window (issue 19) is waited out, anything else fails. */
    private static String login() throws InterruptedException {
        Answer[] last = new Answer[1];
        karaf.await("REST login past the boot window", () -> {
            last[0] = send(HttpRequest.newBuilder(URI.create(karaf.base() + "/api/v1/auth/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"principal\":\"admin\",\"password\":\"hourglass-demo\"}")));
            return last[0].status != 404 && last[0].status != 503;
        });
        assertEquals("login: " + last[0].json, 200, last[0].status);
        return last[0].json.get("token").asText();
    }

    private static Answer calculator(String token) {
        try {
            return send(HttpRequest.newBuilder(URI.create(karaf.base() + "/api/v1/policies/beijing-subsidy/calculator"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(CALCULATION))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
