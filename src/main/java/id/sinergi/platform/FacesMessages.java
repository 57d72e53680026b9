package id.sinergi.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Messages for the user, from the bundles, in the user's language; kept across a redirect. */
@RequestScoped
public class FacesMessages {

    @Inject
    private UserLanguage language;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public void errorOn(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public String text(String key, Object... arguments) {
        return Messages.format(language.getLocale(), key, arguments);
    }

    private void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
