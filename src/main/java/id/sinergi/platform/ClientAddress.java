package id.sinergi.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client behind a request. A proxy on the same machine (HAProxy, nginx) is
 * trusted to name the client in {@code X-Forwarded-For}; a request from anywhere else is its own
 * client, whatever it claims, so nobody spoofs an address from outside.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && isLoopback(remote)) {
            // the last entry is the one our proxy added
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 45 && last.matches("[0-9A-Fa-f:.]+")) {
                return last;
            }
        }
        return remote;
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }
}
