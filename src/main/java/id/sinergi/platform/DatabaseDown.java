package id.sinergi.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * MariaDB is out of reach. A page answers 503 with a short page in the reader's language that needs no database (the
 * usual layout reads the caller and the inbox), the API answers 503 JSON, {@code /health/ready} is DOWN, and both come
 * back by themselves when the database does: the pool validates its connections before handing them out
 * ({@link SinergiDataSource}). Nothing acknowledged is lost: an answer is only sent after its transaction committed.
 */
public final class DatabaseDown {

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER = "30";

    private DatabaseDown() {
    }

    /** Whether {@code thrown} says the database could not be reached (connection refused, lost, or none in the pool). */
    public static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith(".PoolingException") || type.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    /** The page a browser gets: plain HTML in the reader's language, with a way to try again. */
    public static String page(Locale locale, String retryPath) {
        String lang = locale.getLanguage();
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + PlainText.escape(Messages.format(locale, "error.503.title")) + " · Sinergi</title>"
                + "<style>body{font-family:\"Segoe UI\",Roboto,Arial,sans-serif;background:#f5f7fa;color:#1f2937;margin:0;padding:2rem 1rem}"
                + "main{max-width:36rem;margin:0 auto;background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}"
                + "a{color:#0b5ea8}</style></head><body><main id=\"error-503\">"
                + "<p><strong>Sinergi</strong> · 503</p>"
                + "<h1>" + PlainText.escape(Messages.format(locale, "error.503.title")) + "</h1>"
                + "<p>" + PlainText.escape(Messages.format(locale, "error.503.text")) + "</p>"
                + "<p><a href=\"" + PlainText.escape(retryPath) + "\">" + PlainText.escape(Messages.format(locale, "error.503.retry"))
                + "</a></p></main></body></html>";
    }
}
