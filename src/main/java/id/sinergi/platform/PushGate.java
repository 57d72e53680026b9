package id.sinergi.platform;

import jakarta.inject.Inject;
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
import java.util.Map;

/**
 * The way into a push socket, before the handshake.
 * <ul>
 * <li>A socket opened by another site's page is refused (403): the browser would send the visitor's session
 * cookie along, and a logged-in channel (the voting totals) would then tell that site when the visitor's
 * forum votes. Same rule as {@link ApiOriginCheck}: a browser's {@code Origin} / {@code Sec-Fetch-Site}
 * must say Sinergi's own origin; clients that send neither pass.</li>
 * <li>The client's address ({@link ClientAddress}: behind a trusted proxy the one it names) and the logged-in
 * user's id are handed to the endpoint in the {@value #CLIENT_HEADER} and {@value #USER_HEADER} headers,
 * which only this filter sets (a client's own are replaced): a WebSocket handshake gives the endpoint
 * headers, not the request, and {@link PushSockets} counts sockets per client and keeps an inbox's socket
 * to its user.</li>
 * </ul>
 */
@WebFilter("/push/*")
public class PushGate extends HttpFilter {

    static final String CLIENT_HEADER = "X-Sinergi-Client";
    static final String USER_HEADER = "X-Sinergi-User";

    @Inject
    private Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ApiOriginCheck.crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(new Gated(request, Map.of(CLIENT_HEADER, String.valueOf(ClientAddress.of(request)),
                USER_HEADER, caller.isAuthenticated() ? String.valueOf(caller.userId()) : "")), response);
    }

    /** The request with the gate's own headers, whatever the client sent under their names. */
    private static final class Gated extends HttpServletRequestWrapper {

        private final Map<String, String> gate;

        Gated(HttpServletRequest request, Map<String, String> gate) {
            super(request);
            this.gate = gate;
        }

        private String own(String name) {
            return gate.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
        }

        @Override
        public String getHeader(String name) {
            String own = own(name);
            return own != null ? gate.get(own) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String own = own(name);
            return own != null ? Collections.enumeration(List.of(gate.get(own))) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(name -> own(name) != null);
            names.addAll(gate.keySet());
            return Collections.enumeration(names);
        }
    }
}
