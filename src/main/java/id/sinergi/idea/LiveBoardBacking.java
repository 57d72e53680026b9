package id.sinergi.idea;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.Messages;
import id.sinergi.platform.QrCodes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import id.sinergi.platform.Navigation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /f/{slug}/live}: the projector view: join code and QR code, newest and most supported
 * ideas, reloaded when the server pushes that the forum's ideas changed.
 */
@Named
@ViewScoped
public class LiveBoardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 6;

    @Inject
    private ForumService forums;

    @Inject
    private IdeaService ideas;

    private String slug;
    private Long forumId;
    private String title;
    private String joinCode;
    private String joinAddress;
    private String qrSvg;
    private boolean countsShown;
    private List<IdeaView> newest;
    private List<IdeaView> top;
    private long total;

    public void load() {
        slug = Navigation.param("slug");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        title = forum.getTitle();
        countsShown = forum.supportCountsShown();
        joinCode = forum.getJoinCode();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String origin = external.getRequestScheme() + "://" + external.getRequestServerName()
                + (external.getRequestServerPort() == 80 || external.getRequestServerPort() == 443 ? "" : ":" + external.getRequestServerPort());
        joinAddress = origin + external.getRequestContextPath() + "/join";
        String joinUrl = joinAddress + "?code=" + joinCode;
        qrSvg = QrCodes.svg(joinUrl, Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "live.qrLabel", joinUrl));
        refresh();
    }

    public void refresh() {
        Forum forum = forums.get(forumId);
        newest = ideas.board(forum, BoardQuery.newest(), 0, SHOWN);
        top = countsShown ? ideas.board(forum, new BoardQuery(null, null, null, BoardQuery.Sort.MOST_SUPPORTED), 0, SHOWN) : List.of();
        total = ideas.count(forum, BoardQuery.newest());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getForumId() { return forumId; }
    public String getTitle() { return title; }
    public String getJoinCode() { return joinCode; }
    public String getJoinAddress() { return joinAddress; }
    public String getQrSvg() { return qrSvg; }
    public boolean isCountsShown() { return countsShown; }
    public List<IdeaView> getNewest() { return newest; }
    public List<IdeaView> getTop() { return top; }
    public long getTotal() { return total; }
}
