package id.sinergi.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page's text paints without waiting for its scripts. PrimeFaces moves every script to the end of
 * the body ({@code primefaces.MOVE_SCRIPTS_TO_BOTTOM}), but there they are still parser-blocking with
 * high priority, and a phone on a slow network holds the first paint for about 220 KB of them. This
 * writer, below PrimeFaces' own, turns the page's script files into one small loader that inserts them
 * as ordered dynamic scripts ({@code async = false}: fetched in parallel, run in document order, low
 * priority, never blocking the paint), and queues each inline script (PrimeFaces' widget set-up, its CSP
 * event handlers) to run after the last file has loaded, as it did when the files blocked the parser.
 * The files are inserted once the browser reports the page's first paint (at the latest after 3 s);
 * each queued script then runs as its own task, and so does each widget it creates ({@code PrimeFaces.cw}
 * calls are collected while a queued script runs and each runs next in a task of its own, in order,
 * before the following script): PrimeFaces writes every widget of a page into one script, and on a
 * slow phone that one task took 300 ms for the accountability page's tables and filters. The browser's
 * {@code load} event does not wait for them: {@code window.sinergiBoot} is an array until the queue has run. PrimeFaces' own {@code defer} mode cannot do this: its CSP handler script
 * would run before the deferred files.
 * <p>Only full HTML pages are rewritten; Ajax updates pass unchanged.
 */
public final class ScriptsAfterText extends ResponseWriterWrapper {

    /** What each inline script becomes: a function queued until the files have run. */
    static final String QUEUE_START = "(self.sinergiBoot=self.sinergiBoot||[]).push(function(){\n";
    static final String QUEUE_END = "\n});";

    private final List<String> files = new ArrayList<>();
    private final Map<String, Object> scriptAttributes = new LinkedHashMap<>();
    private boolean inScript;
    private boolean decided;
    private boolean queued;
    private boolean anyQueued;
    private Object nonce;

    ScriptsAfterText(ResponseWriter wrapped) {
        super(wrapped);
    }

    @Override
    public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
        if ("script".equalsIgnoreCase(name)) {
            inScript = true;
            decided = false;
            queued = false;
            scriptAttributes.clear();
            return;
        }
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!collected(name, value)) {
            super.writeAttribute(name, value, property);
        }
    }

    @Override
    public void writeURIAttribute(String name, Object value, String property) throws IOException {
        if (!collected(name, value)) {
            super.writeURIAttribute(name, value, property);
        }
    }

    /** Keeps an attribute of a script whose fate is not decided yet; false when it is to be written. */
    private boolean collected(String name, Object value) {
        if (inScript && !decided) {
            scriptAttributes.put(name, value);
            return true;
        }
        return false;
    }

    @Override
    public void endElement(String name) throws IOException {
        if ("script".equalsIgnoreCase(name) && inScript) {
            if (decide()) {
                if (queued) {
                    raw(QUEUE_END);
                }
                super.endElement("script");
            }
            inScript = false;
            return;
        }
        if ("body".equalsIgnoreCase(name)) {
            writeLoader();
        }
        super.endElement(name);
    }

    /**
     * Decides, once the script's attributes are known, whether it is a file for the loader (nothing is
     * written) or an inline script (its start tag is written, queued if it is JavaScript).
     *
     * @return whether the script stays in the page
     */
    private boolean decide() throws IOException {
        if (decided) {
            return !isFile();
        }
        decided = true;
        if (isFile()) {
            files.add(String.valueOf(scriptAttributes.get("src")));
            if (nonce == null) {
                nonce = scriptAttributes.get("nonce");
            }
            return false;
        }
        super.startElement("script", null);
        for (Map.Entry<String, Object> attribute : scriptAttributes.entrySet()) {
            super.writeAttribute(attribute.getKey(), attribute.getValue(), null);
        }
        if (nonce == null) {
            nonce = scriptAttributes.get("nonce");
        }
        queued = isJavaScript();
        if (queued) {
            anyQueued = true;
            raw(QUEUE_START);
        }
        return true;
    }

    private boolean isFile() {
        Object src = scriptAttributes.get("src");
        return src != null && !String.valueOf(src).isBlank() && isJavaScript();
    }

    private boolean isJavaScript() {
        Object type = scriptAttributes.get("type");
        return type == null || "text/javascript".equalsIgnoreCase(String.valueOf(type));
    }

    private void writeLoader() throws IOException {
        if (files.isEmpty() && !anyQueued) {
            return;
        }
        super.startElement("script", null);
        if (nonce != null) {
            super.writeAttribute("nonce", nonce, null);
        }
        raw(loader(files, nonce == null ? null : String.valueOf(nonce)));
        super.endElement("script");
        files.clear();
        anyQueued = false;
    }

    /**
     * The loader for these script files, in their order: it runs the queued inline scripts after the
     * last. Until PrimeFaces has run, a tap on a button submits its form the browser's way; the forms get
     * the page's nonce at once (what {@code PrimeFaces.csp.init} does later), so that post is accepted.
     */
    static String loader(List<String> files, String nonce) {
        StringBuilder list = new StringBuilder("[");
        for (Iterator<String> it = files.iterator(); it.hasNext(); ) {
            list.append('\'').append(jsString(it.next())).append('\'');
            if (it.hasNext()) {
                list.append(',');
            }
        }
        list.append(']');
        String formNonce = nonce == null ? "" : "d.querySelectorAll('form').forEach(function(f){"
                + "if(!f.elements['primefaces.nonce']){var i=d.createElement('input');i.type='hidden';"
                + "i.name='primefaces.nonce';i.value='" + jsString(nonce) + "';f.appendChild(i)}});";
        return "(function(u){var d=document,q=self.sinergiBoot||[];" + formNonce
                + "function run(){var i=0,w=[];(function next(){var f,pf,cw;"
                + "if(w.length){f=w.shift()}else if(i<q.length){f=q[i++];pf=self.PrimeFaces;cw=pf&&pf.cw;"
                + "if(cw){pf.cw=function(){var a=arguments;w.push(function(){cw.apply(pf,a)})}}}"
                + "else{self.sinergiBoot={push:function(f){f()}};return}"
                + "try{f()}catch(e){setTimeout(function(){throw e})}finally{if(cw)pf.cw=cw}setTimeout(next,0)})()}"
                + "if(!u.length){run();return}"
                + "var started=0;function load(){if(started++)return;"
                + "u.forEach(function(s,i){var e=d.createElement('script');e.src=s;e.async=false;"
                + "if(i===u.length-1){e.onload=e.onerror=function(){setTimeout(run,0)}}d.body.appendChild(e)})}"
                + "try{new PerformanceObserver(load).observe({type:'paint',buffered:true})}"
                + "catch(e){requestAnimationFrame(function(){setTimeout(load,0)})}"
                + "setTimeout(load,3000)})(" + list + ");";
    }

    /** A value safe inside a single-quoted JavaScript string in an HTML script element. */
    static String jsString(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\'' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every other {@code write} of {@link java.io.Writer} ends here; a script file's content is dropped. */
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (!dropped()) {
            super.write(cbuf, off, len);
        }
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        if (!dropped()) {
            super.writeText(text, property);
        }
    }

    @Override
    public void writeText(Object text, jakarta.faces.component.UIComponent component, String property)
            throws IOException {
        if (!dropped()) {
            super.writeText(text, component, property);
        }
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        if (!dropped()) {
            super.writeText(text, off, len);
        }
    }

    /**
     * Writes to the wrapped writer directly: {@code Writer.write(String)} on this writer would copy through its
     * one shared buffer, which a write in progress (the first content of a script, that decides it) is using.
     */
    private void raw(String text) throws IOException {
        super.write(text.toCharArray(), 0, text.length());
    }

    /** Content inside a script that became a loader entry: not written. */
    private boolean dropped() throws IOException {
        return inScript && !decide();
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new ScriptsAfterText(getWrapped().cloneWithWriter(writer));
    }

    /** Registered in faces-config.xml: every HTML render kit's full-page writer gets the loader. */
    public static final class Factory extends RenderKitFactory {

        private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

        public Factory(RenderKitFactory wrapped) {
            super(wrapped);
        }

        @Override
        public void addRenderKit(String renderKitId, RenderKit renderKit) {
            getWrapped().addRenderKit(renderKitId, renderKit);
            kits.remove(renderKitId);
        }

        @Override
        public RenderKit getRenderKit(FacesContext context, String renderKitId) {
            RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
            if (kit == null) {
                return null;
            }
            RenderKit cached = kits.get(renderKitId);
            if (cached instanceof Kit wrapper && wrapper.getWrapped() == kit) {
                return cached;
            }
            Kit wrapper = new Kit(kit);
            kits.put(renderKitId, wrapper);
            return wrapper;
        }

        @Override
        public Iterator<String> getRenderKitIds() {
            return getWrapped().getRenderKitIds();
        }
    }

    private static final class Kit extends RenderKitWrapper {

        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, encoding);
            FacesContext context = FacesContext.getCurrentInstance();
            boolean page = created != null && "text/html".equals(created.getContentType())
                    && context != null && !context.getPartialViewContext().isPartialRequest();
            return page ? new ScriptsAfterText(created) : created;
        }
    }
}
