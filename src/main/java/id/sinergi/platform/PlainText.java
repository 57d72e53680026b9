package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows what people typed as text: every HTML character escaped, line breaks kept and web
 * addresses made into links that open in a new tab without passing on this page.
 */
@Named("plainText")
@ApplicationScoped
public class PlainText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    public static String toHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            html.append(escape(text.substring(last, m.start())));
            String url = escape(m.group());
            html.append("<a href=\"").append(url).append("\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
                    .append(url).append("</a>");
            last = m.end();
        }
        html.append(escape(text.substring(last)));
        return html.toString().replace("\r\n", "\n").replace("\n", "<br/>");
    }

    /** For pages: {@code <h:outputText value="#{plainText.html(idea.body)}" escape="false"/>}. */
    public String html(String text) {
        return toHtml(text);
    }

    /** Every HTML character of {@code s} escaped, nothing else changed. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
