package id.sinergi.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptsAfterTextTest {

    @Test
    void scriptFilesBecomeTheLoadersListAndInlineScriptsWaitForThem() throws Exception {
        StringWriter out = new StringWriter();
        ResponseWriter writer = new ScriptsAfterText(new PlainWriter(out));
        writer.startElement("body", null);
        writer.startElement("p", null);
        writer.writeText("Ide", null);
        writer.endElement("p");
        script(writer, "/jakarta.faces.resource/jquery.js?ln=primefaces&v=15", null);
        script(writer, "/jakarta.faces.resource/core.js?ln=primefaces&v=15", null);
        script(writer, null, "PrimeFaces.cw('Growl')");
        writer.startElement("script", null);
        writer.writeAttribute("type", "application/ld+json", null);
        writer.write("{\"a\":1}");
        writer.endElement("script");
        writer.endElement("body");

        String page = out.toString();
        assertFalse(page.contains("src=\""), "no script file is left in the page: " + page);
        assertTrue(page.contains("<p>Ide</p>"), page);
        assertTrue(page.contains("<script nonce=\"n0nce\">" + ScriptsAfterText.QUEUE_START
                + "PrimeFaces.cw('Growl')" + ScriptsAfterText.QUEUE_END + "</script>"), page);
        assertTrue(page.contains("<script type=\"application/ld+json\">{\"a\":1}</script>"), "other types stay as they are: " + page);
        assertTrue(page.contains("})(['/jakarta.faces.resource/jquery.js?ln=primefaces&v=15','/jakarta.faces.resource/core.js?ln=primefaces&v=15']);</script></body>"),
                "the loader, with the nonce, lists the files in their order before the body ends: " + page);
        assertTrue(page.indexOf("PrimeFaces.cw") < page.indexOf("(function(u)"), page);
        assertTrue(page.contains("i.name='primefaces.nonce';i.value='n0nce'"), "forms get the nonce before PrimeFaces runs: " + page);
    }

    @Test
    void aPageWithoutScriptsGetsNoLoader() throws Exception {
        StringWriter out = new StringWriter();
        ResponseWriter writer = new ScriptsAfterText(new PlainWriter(out));
        writer.startElement("body", null);
        writer.endElement("body");
        assertEquals("<body></body>", out.toString());
    }

    @Test
    void addressesCannotLeaveTheirString() {
        assertEquals("/a?b=1&c=\\u0027\\u003c/script\\u003e\\u005c\\u00e9",
                ScriptsAfterText.jsString("/a?b=1&c='</script>\\é"));
        assertTrue(ScriptsAfterText.loader(List.of("/x.js"), null).contains("(['/x.js'])"));
    }

    private static void script(ResponseWriter writer, String src, String body) throws Exception {
        writer.startElement("script", null);
        if (src != null) {
            writer.writeURIAttribute("src", src, null);
        }
        writer.writeAttribute("type", "text/javascript", null);
        writer.writeAttribute("nonce", "n0nce", null);
        if (body != null) {
            writer.write(body);
        }
        writer.endElement("script");
    }

    /** Just enough of an HTML writer: attributes, text and raw writes, no escaping. */
    private static final class PlainWriter extends ResponseWriter {
        private final Writer out;
        private boolean open;

        PlainWriter(Writer out) {
            this.out = out;
        }

        private void finishTag() throws java.io.IOException {
            if (open) {
                out.write('>');
                open = false;
            }
        }

        @Override public String getContentType() { return "text/html"; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public void flush() { }
        @Override public void close() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public void startElement(String name, UIComponent component) throws java.io.IOException {
            finishTag();
            out.write("<" + name);
            open = true;
        }
        @Override public void endElement(String name) throws java.io.IOException {
            finishTag();
            out.write("</" + name + ">");
        }
        @Override public void writeAttribute(String name, Object value, String property) throws java.io.IOException {
            if (!"type".equals(name) || !"text/javascript".equals(value)) {
                out.write(" " + name + "=\"" + value + "\"");
            }
        }
        @Override public void writeURIAttribute(String name, Object value, String property) throws java.io.IOException {
            writeAttribute(name, value, property);
        }
        @Override public void writeComment(Object comment) { }
        @Override public void writeText(Object text, String property) throws java.io.IOException {
            finishTag();
            out.write(String.valueOf(text));
        }
        @Override public void writeText(char[] text, int off, int len) throws java.io.IOException {
            finishTag();
            out.write(text, off, len);
        }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { return new PlainWriter(writer); }
        @Override public void write(char[] cbuf, int off, int len) throws java.io.IOException {
            finishTag();
            out.write(cbuf, off, len);
        }
    }
}
