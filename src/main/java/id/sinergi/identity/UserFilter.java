package id.sinergi.identity;

import id.sinergi.platform.Role;

/** The admin's user list filter: text in name or e-mail, a role, only active ones. */
public record UserFilter(String text, Role role, Boolean active) {

    public static UserFilter none() {
        return new UserFilter(null, null, null);
    }
}
