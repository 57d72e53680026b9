package id.sinergi.identity;

import id.sinergi.platform.Role;

import java.io.Serializable;
import java.util.Set;

/** A line of the admin's user list. */
public record UserRow(Long id, String name, String email, String institution, Set<Role> roles, boolean active)
        implements Serializable {

    static UserRow of(User user) {
        return new UserRow(user.getId(), user.getName(), user.getEmail(),
                user.getInstitution() == null ? null : user.getInstitution().getName(), user.getRoles(), user.isActive());
    }
}
