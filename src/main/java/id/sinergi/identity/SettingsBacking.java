package id.sinergi.identity;

import id.sinergi.notification.EmailFrequency;
import id.sinergi.platform.Caller;
import id.sinergi.platform.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /settings}: how the user wants to hear from Sinergi by e-mail. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private Caller caller;

    @Inject
    private FacesMessages messages;

    private EmailFrequency emailFrequency;
    private String email;

    public void load() {
        User user = users.get(caller.userId());
        emailFrequency = user.getEmailFrequency();
        email = user.getEmail();
    }

    public void save() {
        users.changeEmailFrequency(emailFrequency);
        messages.info("settings.saved");
    }

    public List<EmailFrequency> getFrequencies() {
        return List.of(EmailFrequency.values());
    }

    public EmailFrequency getEmailFrequency() { return emailFrequency; }
    public void setEmailFrequency(EmailFrequency emailFrequency) { this.emailFrequency = emailFrequency; }
    public String getEmail() { return email; }
}
