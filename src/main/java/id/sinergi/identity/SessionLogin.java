package id.sinergi.identity;

import id.sinergi.platform.UserLanguage;
import id.sinergi.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Logs the user of the current page request in: after the login form and after registration. */
@RequestScoped
public class SessionLogin {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserService users;

    public AuthenticationStatus logIn(String email, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            // a new session id after login: a session id known before it is worth nothing after
            request.changeSessionId();
            users.recordLogin(email);
            users.findByEmail(email).map(User::getLanguage)
                    .ifPresent(language -> UserLanguage.remember(request, response, Messages.supportedOrDefault(language)));
        }
        return status;
    }
}
