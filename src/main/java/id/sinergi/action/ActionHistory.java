package id.sinergi.action;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationStatus;
import id.sinergi.recommendation.RecommendationView;
import id.sinergi.platform.SqlIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happens to an action, written where it happened: its history lines, its reached milestones,
 * and the forum's figures version that tells every node's cache to recompute. In the caller's
 * transaction; package only, behind the services that check who may do it.
 */
@ApplicationScoped
class ActionHistory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AppClock clock;

    /** Writes one line of an action's history, in the caller's transaction; it shows the caller's name, not e-mail. */
    void recordEvent(long actionId, String kind, String detail, boolean internal) {
        em.createNativeQuery("INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, actionId).setParameter(2, clock.now())
                .setParameter(3, caller.isAuthenticated() ? caller.displayName() : "Sinergi")
                .setParameter(4, kind).setParameter(5, ActionService.clip(detail, 1000)).setParameter(6, internal).executeUpdate();
    }

   /**
     * Tells every node that the forum's figures changed: cached accountability figures of an older
     * version are recomputed on their next read. In the caller's transaction.
     */
    void figuresChanged(long forumId) {
        em.createNativeQuery("INSERT INTO action_figures_version (forum_id, version) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE version = version + 1").setParameter(1, forumId).executeUpdate();
    }

    /** Marks milestones reached (or not) as part of an accepted report. */
    void markMilestones(long actionId, List<Long> reachedIds, LocalDate on) {
        em.createNativeQuery("UPDATE action_milestone SET reached_on = CASE WHEN id IN (" + SqlIds.list(reachedIds.isEmpty()
                        ? List.of(-1L) : reachedIds) + ") THEN COALESCE(reached_on, ?) ELSE NULL END WHERE action_id = ?")
                .setParameter(1, on).setParameter(2, actionId).executeUpdate();
    }
}
