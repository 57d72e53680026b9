package id.sinergi.identity;

import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/user?id=}: an admin creates or edits a user: roles, institution, active. */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private Long id;
    private UserForm form = new UserForm();
    private List<InstitutionOption> institutionOptions;

    public void load() {
        institutionOptions = institutions.options();
        if (id != null) {
            form = UserForm.of(users.getForAdmin(id));
        }
    }

    public String save() {
        if (id == null) {
            users.create(form);
            messages.info("user.created", form.getEmail());
        } else {
            users.update(id, form);
            messages.info("user.saved", form.getEmail());
        }
        return "/admin/users?faces-redirect=true";
    }

    public boolean isNew() { return id == null; }
    public Role[] getAllRoles() { return Role.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UserForm getForm() { return form; }
    public List<InstitutionOption> getInstitutionOptions() { return institutionOptions; }
}
