package id.sinergi.forum;

import id.sinergi.platform.Slugs;
import id.sinergi.identity.User;
import id.sinergi.institution.Institution;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "forum")
@NamedQuery(name = "Forum.findBySlug", query = "select f from Forum f left join fetch f.organiser where f.slug = :slug")
@NamedQuery(name = "Forum.findByJoinCode", query = "select f from Forum f where f.joinCode = :code")
public class Forum {

    public static final int TITLE_MAX = 200;
    public static final int VENUE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = Slugs.MAX)
    private String slug;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(length = VENUE_MAX)
    private String venue;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organiser_id")
    private Institution organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(name = "join_code", nullable = false, length = JoinCodes.LENGTH)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForumPhase phase = ForumPhase.DRAFT;

    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Theme> themes = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "forum_moderator", joinColumns = @JoinColumn(name = "forum_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> moderators = new HashSet<>();

    /** At most this many ideas per participant; null: no limit. */
    @Column(name = "idea_limit")
    private Integer ideaLimit;

    /** Participants see support counts only once voting starts. */
    @Column(name = "hide_support_counts", nullable = false)
    private boolean hideSupportCounts;

    /** How people get on the voter roll. */
    @Enumerated(EnumType.STRING)
    @Column(name = "roll_mode", nullable = false)
    private RollMode rollMode = RollMode.INVITED;

    /** The smallest group of voters the breakdown by institution type shows. */
    @Column(name = "min_group_size", nullable = false)
    private int minGroupSize = RollMode.DEFAULT_MIN_GROUP;

    /** Only people checked in at the venue vote and count towards the quorum. */
    @Column(name = "checked_in_only", nullable = false)
    private boolean checkedInOnly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Forum() {
    }

    Forum(String slug, String joinCode, User creator) {
        this.slug = slug;
        this.joinCode = joinCode;
        this.moderators.add(creator);
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getVenue() { return venue; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Institution getOrganiser() { return organiser; }
    public Visibility getVisibility() { return visibility; }
    public String getJoinCode() { return joinCode; }
    public ForumPhase getPhase() { return phase; }
    public List<Theme> getThemes() { return List.copyOf(themes); }
    public Instant getCreatedAt() { return createdAt; }
    public Integer getIdeaLimit() { return ideaLimit; }
    public boolean isHideSupportCounts() { return hideSupportCounts; }
    public RollMode getRollMode() { return rollMode; }
    public int getMinGroupSize() { return minGroupSize; }
    public boolean isCheckedInOnly() { return checkedInOnly; }

    /** Whether participants see support counts now (moderators always do). */
    public boolean supportCountsShown() {
        return !hideSupportCounts || phase.ordinal() >= ForumPhase.VOTING.ordinal();
    }

    public boolean hasTheme(Long themeId) {
        return themeId != null && themes.stream().anyMatch(t -> themeId.equals(t.getId()));
    }

    public boolean isModeratedBy(Long userId) {
        return userId != null && moderators.stream().anyMatch(m -> m.getId().equals(userId));
    }

    void describe(String title, String description, String venue, Instant startsAt, Instant endsAt,
                  Institution organiser, Visibility visibility) {
        this.title = title;
        this.description = description;
        this.venue = venue;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.organiser = organiser;
        this.visibility = visibility;
    }

    void configureIdeas(Integer ideaLimit, boolean hideSupportCounts) {
        this.ideaLimit = ideaLimit;
        this.hideSupportCounts = hideSupportCounts;
    }

    void configureRoll(RollMode rollMode, int minGroupSize, boolean checkedInOnly) {
        this.rollMode = rollMode;
        this.minGroupSize = minGroupSize;
        this.checkedInOnly = checkedInOnly;
    }

    void changeSlug(String slug) {
        this.slug = slug;
    }

    /** Keeps themes whose names stay (so later ideas keep their theme), adds new ones, drops the rest. */
    void replaceThemes(List<String> names) {
        List<Theme> kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Theme theme = themes.stream().filter(t -> t.getName().equalsIgnoreCase(name)).findFirst()
                    .orElseGet(() -> new Theme(this, name, 0));
            theme.rename(name, i);
            kept.add(theme);
        }
        themes.clear();
        themes.addAll(kept);
    }

    void moveTo(ForumPhase target) {
        this.phase = target;
    }
}
