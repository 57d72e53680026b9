package id.sinergi.identity;

import id.sinergi.notification.EmailFrequency;
import id.sinergi.notification.Recipients;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.SqlIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The accounts as the notification component needs them to tell people (its {@link Recipients}). */
@ApplicationScoped
public class UserRecipients implements Recipients {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, Recipient> of(Collection<Long> userIds) {
        Map<Long, Recipient> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT id, email, name, language, email_frequency, active FROM app_user"
                + " WHERE id IN (" + SqlIds.list(userIds) + ")")) {
            found.put(r.id("id"), new Recipient(r.id("id"), r.string("email"), r.string("name"), r.string("language"),
                    EmailFrequency.valueOf(r.string("email_frequency")), r.bool("active")));
        }
        return found;
    }
}
