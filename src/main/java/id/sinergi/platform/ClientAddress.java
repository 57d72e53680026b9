package id.sinergi.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;

/**
 * The address of the client behind a request. A proxy on the same machine (HAProxy, nginx) is
 * trusted to name the client in {@code X-Forwarded-For}, and so are the proxies listed in
 * {@code sinergi.trusted.proxies} ({@code SINERGI_TRUSTED_PROXIES}: addresses, or prefixes ending in
 * "." or ":", comma-separated; e.g. the proxy container of a compose file); a request from anywhere
 * else is its own client, whatever it claims, so nobody spoofs an address from outside.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && isTrustedProxy(remote)) {
            // the last entry is the one our proxy added
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 45 && last.matches("[0-9A-Fa-f:.]+")) {
                return last;
            }
        }
        return remote;
    }

    /** Whether the client reached us over HTTPS: directly, or at a TLS proxy on this machine that says so. */
    public static boolean viaHttps(HttpServletRequest request) {
        return request.isSecure()
                || isTrustedProxy(request.getRemoteAddr()) && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /**
     * The origin the client sees ({@code scheme://host[:port]}), from the Host header, with the
     * scheme a proxy on this machine reports.
     */
    public static String origin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String scheme = viaHttps(request) ? "https" : "http";
        String forwardedHost = isTrustedProxy(request.getRemoteAddr()) ? request.getHeader("X-Forwarded-Host") : null;
        if (forwardedHost != null && !forwardedHost.isBlank()) {
            host = forwardedHost.split(",")[0].strip();
        }
        // the default port is left out of an Origin header
        if (scheme.equals("https") && host.endsWith(":443") || scheme.equals("http") && host.endsWith(":80")) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return scheme + "://" + host.toLowerCase(java.util.Locale.ROOT);
    }

    private static final class Configured {
        static final List<String> PROXIES = parse(ConfigProvider.getConfig()
                .getOptionalValue("sinergi.trusted.proxies", String.class).orElse(""));
    }

    static List<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static boolean isTrustedProxy(String address) {
        return isTrustedProxy(address, Configured.PROXIES);
    }

    static boolean isTrustedProxy(String address, List<String> proxies) {
        if (isLoopback(address)) {
            return true;
        }
        for (String proxy : proxies) {
            boolean prefix = proxy.endsWith(".") || proxy.endsWith(":");
            if (address != null && (prefix ? address.startsWith(proxy) : address.equals(proxy))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }
}
