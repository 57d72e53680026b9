package id.sinergi.idea;

import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumAccess;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /f/{slug}/ideas/{id}}: one idea, its discussion, and what its author and moderators may do. */
@Named
@ViewScoped
public class IdeaBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private IdeaService ideas;

    @Inject
    private CommentService discussion;

    @Inject
    private ModerationService moderation;

    @Inject
    private FacesMessages messages;


    private String slug;
    private Long id;
    private Long forumId;
    private ForumPhase phase;
    private ForumAccess access;
    private List<ThemeOption> themes;
    private IdeaView idea;
    private List<IdeaView> merged;
    private IdeaView mergedInto;
    private boolean newestFirst;

    private String comment;
    private Long replyTo;
    private String reply;
    private Long reportComment;
    private String reason;
    private Long mergeTarget;
    private Long moderatedComment;
    private IdeaForm edit;

    private final PagedModel<CommentView> comments = new PagedModel<>(
            () -> discussion.countComments(id),
            (first, size) -> discussion.comments(id, newestFirst, first, size),
            CommentView::id);

    public void load() {
        slug = Navigation.param("slug");
        String idParam = Navigation.param("id");
        id = idParam != null && idParam.matches("\\d{1,18}") ? Long.valueOf(idParam) : null;
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        phase = forum.getPhase();
        access = forums.access(forum);
        themes = ThemeOption.of(forum);
        refresh();
    }

    private void refresh() {
        idea = ideas.get(forumId, id);
        merged = ideas.mergedInto(id);
        mergedInto = idea.mergedIntoId() == null ? null : ideas.get(idea.mergedIntoId());
        edit = new IdeaForm(idea.themeId(), idea.title(), idea.body(), idea.anonymous());
    }

    @RetriedOnConflict
    public void toggleSupport() {
        if (idea.supportedByMe()) {
            ideas.unsupport(id);
        } else {
            ideas.support(id);
        }
        refresh();
    }

    @RetriedOnConflict
    public void postComment() {
        discussion.comment(id, null, comment);
        comment = null;
        refresh();
        messages.info("comment.posted");
    }

    @RetriedOnConflict
    public void postReply() {
        discussion.comment(id, replyTo, reply);
        reply = null;
        replyTo = null;
        refresh();
        messages.info("comment.posted");
    }

    @RetriedOnConflict
    public void report() {
        moderation.report(reportComment == null ? id : null, reportComment, reason);
        reason = null;
        reportComment = null;
        messages.info("report.sent");
    }

    @RetriedOnConflict
    public void save() {
        ideas.edit(id, edit);
        refresh();
        messages.info("idea.saved");
    }

    @RetriedOnConflict
    public void withdraw() {
        ideas.withdraw(id);
        messages.info("idea.withdrawn");
        Navigation.redirect("/f/" + slug + "/ideas");
    }

    @RetriedOnConflict
    public void hide() {
        moderation.hide(id, reason);
        reason = null;
        refresh();
        messages.info("idea.hidden");
    }

    @RetriedOnConflict
    public void restore() {
        moderation.restore(id, reason);
        reason = null;
        refresh();
        messages.info("idea.restored");
    }

    @RetriedOnConflict
    public void hideComment() {
        moderation.hideComment(moderatedComment, reason);
        reason = null;
        moderatedComment = null;
        messages.info("comment.hidden");
    }

    @RetriedOnConflict
    public void restoreComment() {
        moderation.restoreComment(moderatedComment, reason);
        reason = null;
        moderatedComment = null;
        messages.info("comment.restored");
    }

    @RetriedOnConflict
    public void merge() {
        IdeaView target = ideas.get(mergeTarget);
        moderation.merge(id, mergeTarget);
        messages.info("idea.merged", target.title());
        Navigation.redirect("/f/" + slug + "/ideas/" + mergeTarget);
    }

    public boolean isOpen() { return phase == ForumPhase.OPEN; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ForumAccess getAccess() { return access; }
    public ForumPhase getPhase() { return phase; }
    public List<ThemeOption> getThemes() { return themes; }
    public IdeaView getIdea() { return idea; }
    public List<IdeaView> getMerged() { return merged; }
    public IdeaView getMergedInto() { return mergedInto; }
    public PagedModel<CommentView> getComments() { return comments; }
    public boolean isNewestFirst() { return newestFirst; }
    public void setNewestFirst(boolean newestFirst) { this.newestFirst = newestFirst; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Long getReplyTo() { return replyTo; }
    public void setReplyTo(Long replyTo) { this.replyTo = replyTo; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public Long getReportComment() { return reportComment; }
    public void setReportComment(Long reportComment) { this.reportComment = reportComment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getModeratedComment() { return moderatedComment; }
    public void setModeratedComment(Long moderatedComment) { this.moderatedComment = moderatedComment; }
    public Long getMergeTarget() { return mergeTarget; }
    public void setMergeTarget(Long mergeTarget) { this.mergeTarget = mergeTarget; }
    public IdeaForm getEdit() { return edit; }
}
