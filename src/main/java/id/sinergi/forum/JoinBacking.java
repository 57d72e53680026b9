package id.sinergi.forum;

import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /join}: a participant types the forum's short code on a phone (or arrives by QR with ?code=). */
@Named
@RequestScoped
public class JoinBacking {

    @Inject
    private ForumService forums;

    @Inject
    private FacesMessages messages;

    private String code;

    @RetriedOnConflict
    public void join() {
        Forum forum = forums.join(code);
        messages.info("join.welcome", forum.getTitle());
        Navigation.redirect("/f/" + forum.getSlug());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
