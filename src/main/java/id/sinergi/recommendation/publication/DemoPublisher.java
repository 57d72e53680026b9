package id.sinergi.recommendation.publication;

import id.sinergi.platform.NativeRows;
import id.sinergi.platform.DemoDataLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Logger;

/**
 * Finishes the demo's published forum through the product's own rules: the demo SQL leaves last
 * year's forum marked published with its vote ended but not closed and nothing published yet;
 * here the vote is closed (results computed and frozen as the timer would) and version 1
 * published, dated two days after the vote.
 */
@ApplicationScoped
public class DemoPublisher {

    private static final Logger LOG = Logger.getLogger(DemoPublisher.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PublicationService publications;

    void onDemoLoaded(@Observes DemoDataLoaded loaded) {
        for (NativeRows.Row forum : NativeRows.query(em, "SELECT f.id, b.ends_at FROM shared_forum f"
                + " JOIN ballot b ON b.forum_id = f.id WHERE f.phase IN ('PUBLISHED', 'FOLLOW_UP', 'CLOSED') AND b.closed_at IS NULL"
                + " AND b.ends_at < CURRENT_TIMESTAMP AND NOT EXISTS (SELECT 1 FROM publication p WHERE p.forum_id = f.id)")) {
            long id = forum.id("id");
            publications.publishAsOrganiser(id, "Versi pertama rekomendasi akhir / First version of the final recommendations",
                    forum.instant("ends_at").plusSeconds(2 * 24 * 3600));
            LOG.info(() -> "Demo forum " + id + ": vote closed and v1 published");
        }
    }
}
