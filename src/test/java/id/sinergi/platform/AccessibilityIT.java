package id.sinergi.platform;

import id.sinergi.testing.Browser;
import id.sinergi.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core's WCAG 2.1 A and AA rules on every page, as each kind of user sees it (anonymous,
 * participant, lead, moderator, admin), on a phone: no serious or critical violation anywhere.
 * The pages are the demo's, which has every kind of content (ideas, votes, reports, badges).
 */
class AccessibilityIT {

    private static final String PASSWORD = "sinergi-demo";

    final URL url = TestServer.url();

    @Test
    void publicPagesHaveNoSeriousViolations() throws Exception {
        check(null, List.of("", "login", "register", "join", "f/tppo-babel-2025", "f/tppo-babel-2025/ideas",
                "f/tppo-babel-2025/live", "f/tppo-babel-2025/voting", "f/tppo-babel-2024/recommendations",
                "f/tppo-babel-2024/accountability", "tidak-ada-halaman", "overview", "i/polda-babel", "f/tppo-babel-2023/accountability"),
                Map.of("f/tppo-babel-2025/ideas", "a[href*='/ideas/']", "f/tppo-babel-2024/accountability", "a[href*='/actions/']",
                        "overview", "a.institution-link", "f/tppo-babel-2023/accountability", "a[href*='/actions/3003']"));
    }

    @Test
    void participantPagesHaveNoSeriousViolations() throws Exception {
        check("peserta@sinergi.demo", List.of("", "settings", "inbox", "f/tppo-babel-2025/ideas", "f/tppo-babel-2025/voting"),
                Map.of("f/tppo-babel-2025/ideas", "a[href*='/ideas/']"));
    }

    @Test
    void leadPagesHaveNoSeriousViolations() throws Exception {
        check("lead@sinergi.demo", List.of("my-actions", "tokens", "affiliations", "i/kanwil-ditjen-imigrasi-babel"),
                Map.of("my-actions", "a[href*='/actions/']"));
    }

    @Test
    void moderatorPagesHaveNoSeriousViolations() throws Exception {
        check("moderator@sinergi.demo", List.of("forum/edit", "f/tppo-babel-2025/moderation", "f/tppo-babel-2025/roll",
                "f/tppo-babel-2025/check-in", "f/tppo-babel-2025/voting", "f/tppo-babel-2024/actions",
                "f/tppo-babel-2024/dashboard", "affiliations", "f/tppo-babel-2025/carry-over?from=tppo-babel-2024",
                "f/tppo-babel-2024/actions/1010"), Map.of());
    }

    @Test
    void adminPagesHaveNoSeriousViolations() throws Exception {
        check("admin@sinergi.demo", List.of("admin/users", "admin/institutions", "admin/audit", "admin/import", "tokens"),
                Map.of("admin/users", "a[href*='/admin/user']"));
    }

    /** Visits each page (and the first link of {@code follow} found on it), and fails with every violation found. */
    private void check(String email, List<String> pages, Map<String, String> follow) throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Browser phone = new Browser(Browser.PHONE)) {
            if (email != null) {
                phone.login(url.toString(), email, PASSWORD);
            }
            for (String page : pages) {
                visit(phone, url + page, found);
                String css = follow.get(page);
                if (css != null) {
                    List<WebElement> links = phone.driver().findElements(By.cssSelector(css));
                    assertTrue(!links.isEmpty(), "a link " + css + " on " + page);
                    visit(phone, links.getFirst().getAttribute("href"), found);
                }
            }
        }
        List<String> report = new ArrayList<>();
        found.forEach((page, violations) -> violations.forEach(v -> report.add(page + " · " + v)));
        assertTrue(report.isEmpty(), (email == null ? "anonymous" : email) + ":\n" + String.join("\n", report));
    }

    private static void visit(Browser phone, String address, Map<String, List<String>> found) throws Exception {
        phone.open(address);
        phone.settle();
        List<String> violations = phone.accessibilityViolations();
        if (!violations.isEmpty()) {
            found.put(address, violations);
        }
    }
}
