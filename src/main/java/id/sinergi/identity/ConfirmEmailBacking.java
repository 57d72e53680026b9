package id.sinergi.identity;

import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /confirm?t=…}: the link of the confirmation e-mail; and a new link for the logged-in user who lost it. */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    private UserService users;

    @Inject
    private FacesMessages messages;

    private String name;
    private boolean tried;

    public void load() {
        String token = Navigation.param("t");
        if (token != null) {
            tried = true;
            name = users.confirmEmail(token).orElse(null);
        }
    }

    public void resend() {
        users.resendConfirmation();
        messages.info("confirm.resent");
    }

    public boolean isConfirmed() { return name != null; }
    public boolean isFailed() { return tried && name == null; }
    public String getName() { return name; }
}
