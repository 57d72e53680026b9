package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    @Test
    void aProxyOnThisMachineIsAlwaysTrustedOthersOnlyWhenListed() {
        assertTrue(ClientAddress.isTrustedProxy("127.0.0.1", List.of()));
        assertTrue(ClientAddress.isTrustedProxy("::1", List.of()));
        assertFalse(ClientAddress.isTrustedProxy("172.28.0.10", List.of()), "nobody else by default");

        List<String> proxies = ClientAddress.parse(" 172.28.0.10 , 10.1.2., fd00:1:, ");
        assertEquals(List.of("172.28.0.10", "10.1.2.", "fd00:1:"), proxies);
        assertTrue(ClientAddress.isTrustedProxy("172.28.0.10", proxies));
        assertFalse(ClientAddress.isTrustedProxy("172.28.0.100", proxies), "an address is matched whole");
        assertTrue(ClientAddress.isTrustedProxy("10.1.2.7", proxies), "a prefix ending in a dot");
        assertFalse(ClientAddress.isTrustedProxy("10.1.20.7", proxies));
        assertTrue(ClientAddress.isTrustedProxy("fd00:1:0:0:0:0:0:5", proxies));
        assertFalse(ClientAddress.isTrustedProxy(null, proxies));
    }
}
