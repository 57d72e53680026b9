package id.sinergi.platform;

import id.sinergi.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The loader of {@link ScriptsAfterText} in Chromium: each widget a queued script creates is set up in a task of
 * its own, in order, before the next queued script; once the queue has run, widgets (an Ajax update's) are set up
 * at once again. A stand-in for PrimeFaces records whether a microtask queued by the step before has run, which is
 * true only when the widget runs in a later task.
 */
class ScriptsAfterTextBrowserIT {

    @Test
    void eachWidgetIsSetUpInATaskOfItsOwn() throws Exception {
        String page = "<!DOCTYPE html><html><body><p>Ide</p><script>"
                // mark(): a microtask that runs when the current task ends
                + "var log=[];function mark(){self.later=false;Promise.resolve().then(function(){self.later=true})}"
                + "self.PrimeFaces={cw:function(t){log.push(t+(self.later?' later':' same'));mark()}};"
                + ScriptsAfterText.QUEUE_START + "mark();PrimeFaces.cw('A');PrimeFaces.cw('B');log.push('first script done')"
                + ScriptsAfterText.QUEUE_END
                + ScriptsAfterText.QUEUE_START + "log.push('second script')" + ScriptsAfterText.QUEUE_END
                + "</script><script>" + ScriptsAfterText.loader(List.of(), null) + "</script></body></html>";
        Browser browser = new Browser(Browser.PHONE);
        try {
            browser.driver().get("data:text/html;base64," + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(js.executeScript("return !Array.isArray(window.sinergiBoot)")));
            assertEquals(List.of("first script done", "A later", "B later", "second script"),
                    js.executeScript("return log"), "widgets after their script, each in its own task, before the next script");
            assertEquals(List.of("first script done", "A later", "B later", "second script", "C same"),
                    js.executeScript("self.later=false;PrimeFaces.cw('C');return log"), "after the queue, at once");
        } finally {
            browser.close();
        }
    }
}
