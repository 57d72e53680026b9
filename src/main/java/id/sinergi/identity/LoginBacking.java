package id.sinergi.identity;

import id.sinergi.platform.ClientAddress;
import id.sinergi.platform.FacesMessages;
import jakarta.servlet.http.HttpServletRequest;
import id.sinergi.platform.Navigation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

/** {@code /login}: e-mail and password, then back to where the user was going. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private UserService users;

    @Inject
    private FacesMessages messages;

    private String email;
    private String password;
    private String next;

    public void login() {
        AuthenticationStatus status = sessionLogin.logIn(email, password);
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Navigation.redirect(safeNext(next));
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            long wait = users.retryAfterSeconds(email, ClientAddress.of(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
            if (wait > 0) {
                messages.error("login.throttled", wait);
            } else {
                messages.error("login.failed");
            }
        } else {
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Only paths on this site, never another host. */
    static String safeNext(String next) {
        String local = Navigation.localPath(next);
        return local == null || local.startsWith("/login") ? "/" : local;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
