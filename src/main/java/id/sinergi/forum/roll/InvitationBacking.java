package id.sinergi.forum.roll;

import id.sinergi.identity.SessionLogin;
import id.sinergi.identity.UserService;
import id.sinergi.platform.Caller;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /invite?t=…}: a personal invitation link. It admits exactly the person it was sent to:
 * someone whose account came from the list chooses a password here; someone with an account logs
 * in as themselves; anyone else is told the link is not theirs.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RollService roll;

    @Inject
    private UserService users;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private String token;
    private Invitation invitation;
    private String password;
    private String passwordAgain;

    public void load() {
        token = Navigation.param("t");
        invitation = roll.invitation(token).orElse(null);
        if (invitation != null && invitation.passwordSet() && caller.isAuthenticated()
                && invitation.userId().equals(caller.userId())) {
            accept();
        }
    }

    /** Someone made from the list: a password, then in. */
    public void activate() {
        if (isSomeoneElse()) {
            throw new id.sinergi.platform.AccessDeniedException("roll.invitationForSomeoneElse");
        }
        if (password == null || !password.equals(passwordAgain)) {
            messages.errorOn("invite:passwordAgain", "register.passwordMismatch");
            return;
        }
        String email = users.activateInvited(token, password).orElse(null);
        if (email == null) {
            messages.error("validation.password");
            return;
        }
        if (sessionLogin.logIn(email, password) == AuthenticationStatus.SUCCESS) {
            // the next request is the new user's own: the link, opened again, accepts the invitation
            Navigation.redirect("/invite?t=" + token);
        }
    }

    private void accept() {
        Invitation accepted = roll.acceptInvitation(token);
        messages.info("roll.invitationAccepted", accepted.forumTitle());
        Navigation.redirect("/f/" + accepted.slug() + "/voting");
    }

    public boolean isUnknown() {
        return invitation == null;
    }

    public boolean isNeedsPassword() {
        return invitation != null && !invitation.passwordSet() && !isSomeoneElse();
    }

    /** Logged in, but as somebody else than the person invited: the link is not theirs. */
    public boolean isSomeoneElse() {
        return invitation != null && caller.isAuthenticated() && !invitation.userId().equals(caller.userId());
    }

    public String getLoginLink() {
        return "/login?next=" + URLEncoder.encode("/invite?t=" + token, StandardCharsets.UTF_8);
    }

    public Invitation getInvitation() { return invitation; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordAgain() { return passwordAgain; }
    public void setPasswordAgain(String passwordAgain) { this.passwordAgain = passwordAgain; }
}
