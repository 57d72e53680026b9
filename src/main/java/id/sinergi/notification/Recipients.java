package id.sinergi.notification;

import java.util.Collection;
import java.util.Map;

/**
 * Who the people to tell are: their address, name, language and how they want e-mail. Accounts are
 * the identity component's; it answers through this interface (identity uses notification, so
 * notification never reads identity's tables or calls its services).
 */
public interface Recipients {

    record Recipient(long userId, String email, String name, String language, EmailFrequency frequency, boolean active) {
    }

    /** The accounts among {@code userIds} that exist, by id; one query whatever their number. */
    Map<Long, Recipient> of(Collection<Long> userIds);
}
