package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void htmlIsShownAsText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;",
                PlainText.toHtml("<script>alert(1)</script> & \"x\" 'y'"));
    }

    @Test
    void lineBreaksAreKeptAndLinksClickable() {
        assertEquals("Baris satu<br/>Lihat <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener noreferrer\""
                        + " target=\"_blank\">https://example.org/a?b=1&amp;c=2</a>.",
                PlainText.toHtml("Baris satu\r\nLihat https://example.org/a?b=1&c=2."));
        assertEquals("javascript:alert(1)", PlainText.toHtml("javascript:alert(1)"), "only http(s) becomes a link");
        assertEquals("", PlainText.toHtml(null));
    }
}
