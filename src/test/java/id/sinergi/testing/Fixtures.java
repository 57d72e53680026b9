package id.sinergi.testing;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumForm;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.Visibility;
import id.sinergi.identity.User;
import id.sinergi.identity.UserForm;
import id.sinergi.identity.UserService;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionForm;
import id.sinergi.institution.InstitutionService;
import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test data for in-container tests, made through the services; every name is unique. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "rahasia-uji-123";

    @Inject
    private UserService users;

    @Inject
    private InstitutionService institutions;

    @Inject
    private ForumService forums;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public User user(Role... roles) {
        return user(null, roles);
    }

    public User user(Long institutionId, Role... roles) {
        TestCaller.actAsSystemAdmin();
        UserForm form = new UserForm("Peserta " + unique("uji"), unique("user") + "@uji.sinergi.test", PASSWORD, institutionId);
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.PARTICIPANT) : EnumSet.of(roles[0], roles);
        form.setRoles(set);
        User user = users.create(form);
        TestCaller.anonymous();
        return user;
    }

    /** Acts as {@code user} on the calling thread only: for worker threads of concurrency tests. */
    public void actAsOnThisThread(User user) {
        TestCaller.actAsOnThisThread(user.getId(), user.getEmail(), user.getRoles(),
                user.getInstitution() == null ? null : user.getInstitution().getId());
    }

    /** A forum moderated by {@code moderator}, moved to phase OPEN. */
    public Forum openForum(User moderator, Visibility visibility) {
        Forum forum = forum(moderator, visibility);
        actAs(moderator);
        Forum open = forums.moveTo(forum.getId(), id.sinergi.forum.ForumPhase.OPEN);
        TestCaller.anonymous();
        return open;
    }

    public void actAs(User user) {
        TestCaller.actAs(user.getId(), user.getEmail(), user.getRoles(),
                user.getInstitution() == null ? null : user.getInstitution().getId());
    }

    public Institution institution(String name, InstitutionType type, Long parentId) {
        TestCaller.actAsSystemAdmin();
        Institution institution = institutions.create(new InstitutionForm(name, null, type, parentId));
        TestCaller.anonymous();
        return institution;
    }

    public static ForumForm forumForm(String title, Visibility visibility, String... themes) {
        ForumForm form = new ForumForm();
        form.setTitle(title);
        form.setVisibility(visibility);
        form.setThemes(List.of(themes));
        return form;
    }

    /** A forum moderated by {@code moderator}, left in phase DRAFT. */
    public Forum forum(User moderator, Visibility visibility) {
        actAs(moderator);
        Forum forum = forums.create(forumForm("Forum " + unique("uji"), visibility, "Pencegahan", "Penegakan hukum"));
        TestCaller.anonymous();
        return forum;
    }
}
