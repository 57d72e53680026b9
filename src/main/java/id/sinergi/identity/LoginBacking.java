package id.sinergi.identity;

import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.LanguageBacking;
import id.sinergi.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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

/** {@code /login}: e-mail and password, then back to where the user was going. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserService users;

    @Inject
    private FacesMessages messages;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            // a new session id after login: a session id known before it is worth nothing after
            request.changeSessionId();
            users.findByEmail(email).map(User::getLanguage).filter(l -> l != null)
                    .ifPresent(l -> LanguageBacking.remember(request, response, Messages.supportedOrDefault(l)));
            external.redirect(external.getRequestContextPath() + safeNext(next));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            long wait = users.retryAfterSeconds(email);
            if (wait > 0) {
                messages.error("login.throttled", wait);
            } else {
                messages.error("login.failed");
            }
        } else {
            faces.responseComplete();
        }
    }

    /** Only paths on this site, never another host. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login") || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
