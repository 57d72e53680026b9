package id.sinergi.forum;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A forum as pages show it; the join code only for those who may see it. */
public record ForumCard(Long id, String slug, String title, String description, String venue, Instant startsAt,
                        Instant endsAt, String organiser, Visibility visibility, ForumPhase phase, String joinCode,
                        List<String> themes, RollMode rollMode) implements Serializable {

    static ForumCard of(Forum f, boolean showJoinCode) {
        return new ForumCard(f.getId(), f.getSlug(), f.getTitle(), f.getDescription(), f.getVenue(), f.getStartsAt(),
                f.getEndsAt(), f.getOrganiser() == null ? null : f.getOrganiser().getName(), f.getVisibility(),
                f.getPhase(), showJoinCode ? f.getJoinCode() : null,
                f.getThemes().stream().map(Theme::getName).toList(), f.getRollMode());
    }

    public ForumPhase nextPhase() {
        return phase.next().orElse(null);
    }
}
