package id.sinergi.identity;

import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /register}: a participant creates an account, is logged in and goes on. */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private InstitutionService institutions;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesMessages messages;

    private final UserForm form = new UserForm();
    private String passwordAgain;
    private String next;
    private List<InstitutionOption> institutionOptions;

    @PostConstruct
    void init() {
        institutionOptions = institutions.options();
    }

    public void register() throws IOException {
        if (form.getPassword() == null || !form.getPassword().equals(passwordAgain)) {
            messages.errorOn("register:passwordAgain", "register.passwordMismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        users.register(form);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(form.getEmail(), new Password(form.getPassword()))));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
        }
        messages.info("register.welcome", form.getName());
        external.redirect(external.getRequestContextPath() + LoginBacking.safeNext(next));
        faces.responseComplete();
    }

    public UserForm getForm() { return form; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public List<InstitutionOption> getInstitutionOptions() { return institutionOptions; }
}
