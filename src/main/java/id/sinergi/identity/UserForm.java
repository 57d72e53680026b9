package id.sinergi.identity;

import java.io.Serial;
import java.io.Serializable;
import id.sinergi.platform.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** What registration and the admin's user form carry. The password is optional when editing. */
public class UserForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = User.NAME_MAX)
    private String name;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = User.EMAIL_MAX)
    private String email;

    @Size(min = User.PASSWORD_MIN, max = User.PASSWORD_MAX, message = "{validation.password}")
    private String password;

    private Long institutionId;

    private Set<Role> roles = EnumSet.of(Role.PARTICIPANT);

    private boolean active = true;

    public UserForm() {
    }

    public UserForm(String name, String email, String password, Long institutionId) {
        setName(name);
        setEmail(email);
        setPassword(password);
        this.institutionId = institutionId;
    }

    public static UserForm of(User user) {
        UserForm form = new UserForm(user.getName(), user.getEmail(), null,
                user.getInstitution() == null ? null : user.getInstitution().getId());
        form.setRoles(user.getRoles());
        form.setActive(user.isActive());
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? null : email.strip(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null || password.isEmpty() ? null : password; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
