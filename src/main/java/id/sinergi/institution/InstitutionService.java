package id.sinergi.institution;

import id.sinergi.audit.AuditService;
import id.sinergi.platform.Caller;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.Slugs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Optional;

/**
 * Institutions and their tree. Everyone may read them (registration offers the list); only
 * admins change them. The list is reference data of a few hundred rows at most.
 */
@Stateless
public class InstitutionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    public List<Institution> findAll() {
        return em.createNamedQuery("Institution.findAll", Institution.class).getResultList();
    }

    /** For drop-downs: every institution, by name. */
    public List<InstitutionOption> options() {
        return findAll().stream().map(InstitutionOption::of).toList();
    }

    public Optional<Institution> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Institution.class, id));
    }

    /** The institution at {@code /i/{slug}}. */
    public Optional<Institution> findBySlug(String slug) {
        return Slugs.isValid(slug) ? em.createNamedQuery("Institution.findBySlug", Institution.class)
                .setParameter("slug", slug).getResultStream().findFirst() : Optional.empty();
    }

    /** "Polda Babel" → {@code polda-babel}, or {@code polda-babel-2} when that is taken. */
    private String freeSlug(String text) {
        String base = Slugs.of(text);
        if (base.isEmpty()) {
            base = "instansi";
        }
        base = base.length() > Slugs.MAX - 4 ? base.substring(0, Slugs.MAX - 4).replaceAll("-+$", "") : base;
        java.util.Set<String> taken = new java.util.HashSet<>(em.createQuery(
                        "select i.slug from Institution i where i.slug = :base or i.slug like :numbered", String.class)
                .setParameter("base", base).setParameter("numbered", base + "-%").getResultList());
        String slug = base;
        for (int n = 2; taken.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    public Institution get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("institution.notFound"));
    }

    /** The institution and every office below it, for per-institution permission checks. */
    public List<Long> selfAndDescendantIds(Long institutionId) {
        if (institutionId == null) {
            return List.of();
        }
        // one indexed query instead of the whole tree: asked on every page of "my actions"
        return em.createNativeQuery("WITH RECURSIVE sub (id) AS (SELECT id FROM institution WHERE id = ?"
                        + " UNION ALL SELECT i.id FROM institution i JOIN sub ON i.parent_id = sub.id) SELECT id FROM sub")
                .setParameter(1, institutionId).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    public Institution create(@NotNull @Valid InstitutionForm form) {
        requireAdmin("institution.create", null);
        String name = form.getName().strip();
        requireUniqueName(name, null);
        Institution institution = new Institution(name, blankToNull(form.getShortName()), form.getType(),
                parent(form.getParentId(), null), freeSlug(form.getShortName() == null || form.getShortName().isBlank()
                        ? name : form.getShortName()));
        em.persist(institution);
        em.flush();
        audit.record("institution.create", "Institution", institution.getId(), name);
        return institution;
    }

    public Institution update(@NotNull Long id, @NotNull @Valid InstitutionForm form) {
        requireAdmin("institution.update", id);
        Institution institution = get(id);
        String name = form.getName().strip();
        requireUniqueName(name, id);
        institution.change(name, blankToNull(form.getShortName()), form.getType(), parent(form.getParentId(), id));
        audit.record("institution.update", "Institution", id, name);
        return institution;
    }

    private Institution parent(Long parentId, Long selfId) {
        if (parentId == null) {
            return null;
        }
        if (selfId != null && InstitutionTree.selfAndDescendants(findAll(), selfId).contains(parentId)) {
            throw new ConflictException("institution.parentCycle");
        }
        return get(parentId);
    }

    private void requireUniqueName(String name, Long selfId) {
        List<Institution> same = em.createNamedQuery("Institution.findByName", Institution.class)
                .setParameter("name", name).getResultList();
        if (same.stream().anyMatch(i -> !i.getId().equals(selfId))) {
            throw new ConflictException("institution.duplicateName", name);
        }
    }

    private void requireAdmin(String action, Long id) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw audit.refuse(action, "Institution", id, "error.adminOnly");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
