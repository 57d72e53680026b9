package id.sinergi.identity;

import id.sinergi.platform.PagedModel;
import id.sinergi.platform.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /admin/users}: the users, filtered and paged in the database. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    private String text;
    private Role role;
    private Boolean active;

    private final PagedModel<UserRow> model = new PagedModel<>(
            () -> users.count(filter()),
            (first, size) -> users.list(filter(), first, size).stream().map(UserRow::of).toList(),
            UserRow::id);

    private UserFilter filter() {
        return new UserFilter(text, role, active);
    }

    public PagedModel<UserRow> getModel() { return model; }
    public Role[] getRoles() { return Role.values(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
