package id.sinergi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The way into a push socket, before the handshake.
 * <ul>
 * <li>A socket opened by another site's page is refused (403): the browser would send the visitor's session
 * cookie along, and a logged-in channel (the voting totals) would then tell that site when the visitor's
 * forum votes. Same rule as {@link ApiOriginCheck}: a browser's {@code Origin} / {@code Sec-Fetch-Site}
 * must say Sinergi's own origin; clients that send neither pass.</li>
 * <li>The client's address ({@link ClientAddress}: behind a trusted proxy the one it names) is handed to the
 * endpoint in the {@value #CLIENT_HEADER} header, which only this filter sets (a client's own is
 * replaced): a WebSocket handshake gives the endpoint headers, not the address, and {@link PushSockets}
 * counts sockets per client.</li>
 * </ul>
 */
@WebFilter("/push/*")
public class PushGate extends HttpFilter {

    static final String CLIENT_HEADER = "X-Sinergi-Client";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ApiOriginCheck.crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(new WithClient(request, ClientAddress.of(request)), response);
    }

    private static final class WithClient extends HttpServletRequestWrapper {

        private final String client;

        WithClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client == null ? "" : client;
        }

        @Override
        public String getHeader(String name) {
            return CLIENT_HEADER.equalsIgnoreCase(name) ? client : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CLIENT_HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(client)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(CLIENT_HEADER::equalsIgnoreCase);
            names.add(CLIENT_HEADER);
            return Collections.enumeration(names);
        }
    }
}
