package id.sinergi.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: both binaries named explicitly, so
 * Selenium Manager never downloads anything. Profiles live under target/tmp.
 *
 * <p>Every page a test opens is also checked against the strict script policy: closing the browser
 * fails the test if Chromium refused any script or event handler of Sinergi's pages.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(412, 915);
    public static final Dimension LAPTOP = new Dimension(1280, 900);

    private final WebDriver driver;
    private final Path profile;

    public Browser(Dimension size) throws IOException {
        Path tmp = Files.createDirectories(ItDatabase.basedir().resolve("target/tmp"));
        profile = Files.createTempDirectory(tmp, "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + size.getWidth() + "," + size.getHeight(), "--lang=id");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        waitForScripts();
    }

    /**
     * A page starts its scripts after its first paint (platform.ScriptsAfterText); the browser's load
     * event does not wait for them. Until they have run, {@code window.sinergiBoot} is the queue of the
     * page's inline scripts.
     */
    private static final String SCRIPTS_RUN = "return document.readyState === 'complete' && !Array.isArray(window.sinergiBoot);";

    /** Waits until the page's scripts have run (PrimeFaces' widgets are set up). */
    public void waitForScripts() {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(25))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SCRIPTS_RUN)));
    }

    public WebElement find(String id) {
        WebElement found = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        waitForScripts();
        return found;
    }

    public void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        waitForScripts();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Picks an entry of a PrimeFaces select menu through its widget (what a tap on the entry
     * does), by the entry's label.
     */
    public void choose(String selectId, String label) {
        find(selectId);
        ((JavascriptExecutor) driver).executeScript(
                "var id = arguments[0], label = arguments[1];"
                        + "var select = document.getElementById(id + '_input');"
                        + "var option = Array.from(select.options).find(function (o) { return o.text.trim() === label; });"
                        + "PrimeFaces.getWidgetById(id).selectValue(option.value);",
                selectId, label);
        waitForText(selectId + "_label", label);
    }

    /** Waits until PrimeFaces has no Ajax request running and the page is loaded. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !Array.isArray(window.sinergiBoot)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public void waitForText(String id, String text) {
        waitForText(id, text, Duration.ofSeconds(15));
    }

    public void waitForText(String id, String text, Duration timeout) {
        // while a page is replaced Chrome may answer for an element of the old one ("Node with given id
        // does not belong to the document"): ask again until the timeout, which reports the last error
        new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    public void waitForUrlContaining(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
    }

    /** Logs in through the login page of the application at {@code baseUrl} (ending in "/"). */
    public void login(String baseUrl, String email, String password) {
        open(baseUrl + "login");
        type("login:email", email);
        type("login:password", password);
        click("login:submit");
        find("who");
    }

    /** Waits until the page shows {@code text} anywhere. */
    public void waitForPageText(String text, Duration timeout) {
        // a page that is being replaced (a redirect after a post) is read again, not failed on
        new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Clicks the first visible element matching {@code css} whose text is {@code text} (e.g. an option of a button group). */
    public void clickText(String css, String text) {
        waitForScripts();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(text)).findFirst()
                .map(e -> { e.click(); return true; }).orElse(false));
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core's script, from its WebJar on the test class path. */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page now, one line each
     * (rule, impact, where). Injected through the driver, as a tester's console would, not by the page.
     */
    public List<String> accessibilityViolations() throws IOException {
        String axe;
        try (var in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + AXE);
            }
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(axe);
        }
        Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {"
                + "      return n.target.join(' '); }).join(' | '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        List<String> violations = new ArrayList<>();
        if (found instanceof List<?> list) {
            list.forEach(v -> violations.add(String.valueOf(v)));
        }
        return violations;
    }

    /** What the script policy refused since the last call (Chromium's console); a test that provokes it takes it here. */
    public List<String> takeCspViolations() {
        List<String> refused = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && entry.getMessage().contains("Content Security Policy")) {
                refused.add(entry.getMessage());
            }
        }
        return refused;
    }

    @Override
    public void close() throws IOException {
        try {
            List<String> refused = takeCspViolations();
            if (!refused.isEmpty()) {
                throw new AssertionError("the script policy refused parts of Sinergi's pages: " + refused);
            }
        } finally {
            quit();
        }
    }

    private void quit() throws IOException {
        try {
            driver.quit();
        } finally {
            ItDatabase.deleteTree(profile);
        }
    }
}
