package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClusterPushTest {

    @Test
    void aTopicMessageNamesItsChannelAndForum() {
        assertEquals(new PushArrived("ideas", 42), ClusterPush.parse("ideas:42"));
        assertEquals(new PushArrived("tally", 7), ClusterPush.parse("tally:7"));
    }

    @Test
    void anythingElseOnTheTopicIsIgnored() {
        assertNull(ClusterPush.parse(null));
        assertNull(ClusterPush.parse("ideas"));
        assertNull(ClusterPush.parse(":42"));
        assertNull(ClusterPush.parse("ideas:x"));
        assertNull(ClusterPush.parse("ideas:"));
    }
}
