package id.sinergi.identity;

import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.ClientAddress;
import id.sinergi.platform.FacesMessages;
import jakarta.servlet.http.HttpServletRequest;
import id.sinergi.platform.Navigation;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    private SessionLogin sessionLogin;

    @Inject
    private FacesMessages messages;

    private final UserForm form = new UserForm();
    private String passwordAgain;
    private String next;
    /** Where the link went: the page says so instead of the form. */
    private String sentTo;
    private List<InstitutionOption> institutionOptions;

    @PostConstruct
    void init() {
        institutionOptions = institutions.options();
    }

    public void register() {
        if (form.getPassword() == null || !form.getPassword().equals(passwordAgain)) {
            messages.errorOn("register:passwordAgain", "register.passwordMismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        java.util.Optional<User> user = users.register(form, ClientAddress.of(request));
        if (users.confirmsEmail()) {
            // the same answer whether or not the address had an account: nothing to learn from it
            sentTo = form.getEmail().strip().toLowerCase(java.util.Locale.ROOT);
            return;
        }
        sessionLogin.logIn(form.getEmail(), form.getPassword());
        messages.info("register.welcome", user.map(User::getName).orElse(form.getName()));
        Navigation.redirect(LoginBacking.safeNext(next));
    }

    public UserForm getForm() { return form; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
    public String getNext() { return next; }
    public String getSentTo() { return sentTo; }
    public void setNext(String next) { this.next = next; }
    public List<InstitutionOption> getInstitutionOptions() { return institutionOptions; }
}
