package id.sinergi.identity;

import id.sinergi.notification.EmailFrequency;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.Messages;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.ThrottledException;
import id.sinergi.platform.Tokens;
import id.sinergi.notification.NotificationService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Accounts: registration, login checks, admin management and CSV import. */
@Stateless
public class UserService {

    /** At most this many data rows per import file. */
    public static final int IMPORT_MAX_ROWS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Shared by every instance of this pooled bean: a script's Basic calls hash its password once in a while. */
    private static final RememberedPasswords PASSWORDS = new RememberedPasswords(Instant::now);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private InstitutionService institutions;

    @Inject
    private NotificationService notifications;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "sinergi.registration.per-minute", defaultValue = "5")
    private int registrationsPerMinute;

    @Inject
    @ConfigProperty(name = "sinergi.registration.confirm-email", defaultValue = "true")
    private boolean confirmEmail;

    public Optional<User> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(User.class, id));
    }

    public User get(Long id) {
        return find(id).orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    /**
     * A user's account for the admin's edit page. Checked on every request: the caller's roles come
     * from the database each time, so an admin demoted a moment ago reads nothing more here.
     */
    public User getForAdmin(@NotNull Long id) {
        requireAdmin("user.read", id);
        return get(id);
    }

    public Optional<User> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("User.findByEmail", User.class)
                .setParameter("email", normalizeEmail(email))
                .getResultStream().findFirst();
    }

    /**
     * Self-registration: anyone may create a participant account for themselves, a few per minute
     * from one client address. The institution named is a claim until someone who knows confirms
     * it. With e-mail confirmation on (the default), the answer never tells whether the address
     * had an account: a new account gets its confirmation link, an existing one a notice that
     * someone tried (empty result); either way "we sent a link". Without it, a taken address is
     * refused as before.
     */
    public Optional<User> register(@NotNull @Valid UserForm form, @NotNull String clientAddress) {
        if (form.getPassword() == null) {
            throw new BusinessException("validation.password");
        }
        throttleRegistration(clientAddress);
        Optional<User> existing = findByEmail(form.getEmail());
        if (existing.isPresent() && confirmEmail) {
            notifications.mailNow(existing.get().getId(), "notify.registerExisting", existing.get().getName(), "/login");
            audit.recordFor(existing.get().getId(), existing.get().getEmail(), "user.register", AuditOutcome.DENIED,
                    "address has an account; its owner was told (" + clientAddress + ")");
            return Optional.empty();
        }
        User user = insert(form.getName(), form.getEmail(), form.getPassword(), form.getInstitutionId(),
                EnumSet.of(Role.PARTICIPANT));
        user.claimAffiliation();
        if (confirmEmail) {
            sendConfirmation(user);
        } else {
            user.emailConfirmed();
        }
        audit.record("user.register", "User", user.getId(), user.getEmail() + " from " + clientAddress);
        return Optional.of(user);
    }

    /** Whether a new account must confirm its address before it can join forums (and is told "we sent a link"). */
    public boolean confirmsEmail() {
        return confirmEmail;
    }

    /** One idempotent statement counts the address's registrations of this minute. */
    private void throttleRegistration(String address) {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        em.createNativeQuery("INSERT INTO registration_throttle (address, minute, attempts) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE attempts = attempts + 1")
                .setParameter(1, address).setParameter(2, minute).executeUpdate();
        int attempts = ((Number) em.createNativeQuery("SELECT attempts FROM registration_throttle WHERE address = ? AND minute = ?")
                .setParameter(1, address).setParameter(2, minute).getSingleResult()).intValue();
        if (attempts > registrationsPerMinute) {
            // audited in its own transaction; the refusal rolls back this one, the count included
            audit.recordFor(null, address, "user.register", AuditOutcome.DENIED, "throttled: " + attempts + " this minute");
            throw new ThrottledException("register.throttled");
        }
    }

    private void sendConfirmation(User user) {
        String token = Tokens.newToken();
        user.expectEmailConfirmation(Tokens.sha256(token));
        notifications.mailNow(user.getId(), "notify.confirmEmail", user.getName(), "/confirm?t=" + token);
    }

    /** The caller asks for a new confirmation link (the old one stops working). */
    public void resendConfirmation() {
        if (!caller.isAuthenticated()) {
            throw audit.refuse("user.confirm", "User", null, "error.unauthenticated");
        }
        User user = get(caller.userId());
        if (user.getEmailConfirmedAt() == null) {
            sendConfirmation(user);
        }
    }

    /**
     * Confirms the address whose link carried {@code token}; the link is the proof, so no login
     * is needed. Returns the account's name, or empty for a link that is unknown or used.
     */
    public Optional<String> confirmEmail(String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        Optional<User> user = em.createNamedQuery("User.findByEmailToken", User.class)
                .setParameter("hash", Tokens.sha256(token)).getResultStream().findFirst();
        user.ifPresent(u -> {
            u.emailConfirmed();
            audit.recordFor(u.getId(), u.getEmail(), "user.confirmEmail", AuditOutcome.SUCCESS, null);
        });
        return user.map(User::getName);
    }

    /**
     * An invited person whose account was made from the moderator's list chooses a password with
     * the link of the invitation, which also confirms the address. Returns the e-mail to log in
     * with; empty for a link that is unknown, used, or of an account that has a password.
     */
    public Optional<String> activateInvited(String token, String password) {
        if (!Tokens.looksValid(token) || password == null || password.length() < User.PASSWORD_MIN
                || password.length() > User.PASSWORD_MAX) {
            return Optional.empty();
        }
        Optional<User> user = em.createNamedQuery("User.findByEmailToken", User.class)
                .setParameter("hash", Tokens.sha256(token)).getResultStream()
                .filter(u -> !u.isPasswordSet()).findFirst();
        user.ifPresent(u -> {
            u.changePasswordHash(PasswordHasher.hash(password));
            u.emailConfirmed();
            audit.recordFor(u.getId(), u.getEmail(), "user.activate", AuditOutcome.SUCCESS, "invitation");
        });
        return user.map(User::getEmail);
    }

    /** A person found by name or e-mail to invite to a forum: moderators and admins, at most 10. */
    public List<UserRow> findToInvite(String text) {
        if (!caller.hasRole(Role.MODERATOR) && !caller.hasRole(Role.ADMIN)) {
            throw audit.refuse("user.find", "User", null, "forum.moderatorsOnly");
        }
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        UserFilter filter = new UserFilter(text, null, true);
        TypedQuery<User> query = em.createQuery("select u from User u left join fetch u.institution" + where(filter)
                + " order by u.name, u.id", User.class);
        bind(query, filter);
        return query.setMaxResults(10).getResultList().stream().map(UserRow::of).toList();
    }

    public boolean isEmailConfirmed(@NotNull Long userId) {
        return find(userId).map(u -> u.getEmailConfirmedAt() != null).orElse(false);
    }

    /**
     * An account for someone a moderator invites from an attendee list: their address and
     * institution come from the organiser, so both count as confirmed; they choose a password with
     * the invitation's link ({@code token}, returned to send). Moderators and admins only.
     */
    public User createInvitee(@NotNull String name, @NotNull String email, Long institutionId, @NotNull String token) {
        if (!caller.hasRole(Role.MODERATOR) && !caller.hasRole(Role.ADMIN)) {
            throw audit.refuse("user.invite", "User", null, "forum.moderatorsOnly");
        }
        User user = insertHashed(name, email, PasswordHasher.NO_PASSWORD, institutionId, EnumSet.of(Role.PARTICIPANT));
        user.invited(Tokens.sha256(token), caller.userId());
        audit.record("user.create", "User", user.getId(), user.getEmail() + " (invitation)");
        return user;
    }

    public User create(@NotNull @Valid UserForm form) {
        requireAdmin("user.create", null);
        if (form.getPassword() == null) {
            throw new BusinessException("validation.password");
        }
        User user = insert(form.getName(), form.getEmail(), form.getPassword(), form.getInstitutionId(), form.getRoles());
        if (!form.isActive()) {
            user.change(user.getName(), user.getEmail(), user.getInstitution(), user.getRoles(), false);
        }
        audit.record("user.create", "User", user.getId(), user.getEmail() + " " + form.getRoles());
        return user;
    }

    public User update(@NotNull Long id, @NotNull @Valid UserForm form) {
        requireAdmin("user.update", id);
        User user = get(id);
        String email = normalizeEmail(form.getEmail());
        if (!email.equals(user.getEmail()) && findByEmail(email).isPresent()) {
            throw new ConflictException("user.duplicateEmail", email);
        }
        if (user.getId().equals(caller.userId()) && (!form.isActive() || !form.getRoles().contains(Role.ADMIN))) {
            throw new BusinessException("user.cannotDemoteSelf");
        }
        user.change(form.getName().strip(), email, institution(form.getInstitutionId()), form.getRoles(), form.isActive());
        if (form.getPassword() != null) {
            user.changePasswordHash(PasswordHasher.hash(form.getPassword()));
        }
        audit.record("user.update", "User", id, email + " " + form.getRoles() + (form.isActive() ? "" : " inactive"));
        return user;
    }

    public List<User> list(UserFilter filter, int first, int pageSize) {
        requireAdmin("user.list", null);
        TypedQuery<User> query = em.createQuery("select u from User u left join fetch u.institution"
                + where(filter) + " order by u.name, u.id", User.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(UserFilter filter) {
        requireAdmin("user.list", null);
        TypedQuery<Long> query = em.createQuery("select count(u) from User u" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /**
     * Checks a password, slowed down after failures in a row of the account name and of the client
     * address ({@link LoginThrottle}): while either waits, the answer is "wait" without a password
     * check, for an unknown account exactly as for an existing one.
     */
    public LoginCheck checkPassword(String email, String password, String clientAddress) {
        String name = normalizeEmail(email);
        Instant now = Instant.now();
        long wait = retryAfterSeconds(name, clientAddress);
        if (wait > 0) {
            audit.recordFor(null, name, "login", AuditOutcome.FAILED, "throttled (" + clientAddress + ")");
            return LoginCheck.throttled(wait);
        }
        Optional<User> found = findByEmail(name);
        boolean right = found.map(u -> PASSWORDS.verify(password, u.getPasswordHash())).orElseGet(() -> {
            PasswordHasher.burn(password);
            return false;
        });
        if (!right) {
            int failures = failed(LoginThrottle.account(name), LoginThrottle.FREE_ATTEMPTS, now);
            failed(LoginThrottle.address(clientAddress), LoginThrottle.FREE_FROM_ADDRESS, now);
            audit.recordFor(found.map(User::getId).orElse(null), name, "login", AuditOutcome.FAILED,
                    (found.isPresent() ? "wrong password #" : "unknown account #") + failures + " from " + clientAddress);
            return LoginCheck.invalid();
        }
        User user = found.get();
        if (!user.isActive()) {
            audit.recordFor(user.getId(), user.getEmail(), "login", AuditOutcome.FAILED, "inactive account");
            return LoginCheck.inactive();
        }
        em.createNativeQuery("DELETE FROM login_throttle WHERE subject = ?").setParameter(1, LoginThrottle.account(name))
                .executeUpdate();
        return LoginCheck.valid(user);
    }

    /** One more failure of {@code subject} (counting from one again after a quiet spell); returns the count. */
    private int failed(String subject, int free, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (subject, failures, updated_at) VALUES (?, 1, ?)"
                        + " ON DUPLICATE KEY UPDATE failures = IF(updated_at < ?, 1, failures + 1), updated_at = VALUES(updated_at)")
                .setParameter(1, subject).setParameter(2, now).setParameter(3, now.minus(LoginThrottle.QUIET)).executeUpdate();
        int failures = ((Number) em.createNativeQuery("SELECT failures FROM login_throttle WHERE subject = ?")
                .setParameter(1, subject).getSingleResult()).intValue();
        em.createNativeQuery("UPDATE login_throttle SET next_at = ? WHERE subject = ?")
                .setParameter(1, LoginThrottle.nextAttempt(failures, free, now)).setParameter(2, subject).executeUpdate();
        return failures;
    }

    /** Records a login through the login page (API calls authenticate each time and are not logged). */
    public void recordLogin(String email) {
        findByEmail(email).ifPresent(user ->
                audit.recordFor(user.getId(), user.getEmail(), "login", AuditOutcome.SUCCESS, null));
    }

    /** Seconds before the next login with this name from this address may be tried (0: now). */
    public long retryAfterSeconds(String email, String clientAddress) {
        Instant now = Instant.now();
        return ((List<?>) em.createNativeQuery("SELECT next_at FROM login_throttle WHERE subject IN (?, ?) AND next_at > ?")
                .setParameter(1, LoginThrottle.account(normalizeEmail(email)))
                .setParameter(2, LoginThrottle.address(clientAddress)).setParameter(3, now).getResultList()).stream()
                .map(t -> ((java.sql.Timestamp) t).toInstant())
                .mapToLong(until -> Math.max(1, until.getEpochSecond() - now.getEpochSecond()))
                .max().orElse(0);
    }

    public void changeLanguage(@NotNull Long userId, @NotNull Locale locale) {
        if (!userId.equals(caller.userId())) {
            throw audit.refuse("user.language", "User", userId, "error.accessDenied");
        }
        get(userId).changeLanguage(Messages.supportedOrDefault(locale.toLanguageTag()).getLanguage());
    }

    /** How the caller wants notifications by e-mail: immediately, in a daily digest, or not at all. */
    public void changeEmailFrequency(@NotNull EmailFrequency frequency) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse("user.settings", "User", null, "error.unauthenticated");
        }
        get(caller.userId()).changeEmailFrequency(frequency);
        audit.record("user.settings", "User", caller.userId(), "e-mail: " + frequency);
    }

    /**
     * Imports participants from CSV (see {@link PeopleCsv}; a password column is optional, a first
     * password is generated where it is empty). Each good row is imported in its own transaction,
     * each bad row is reported by line and changes nothing.
     */
    public ImportReport importParticipants(@NotNull InputStream csv) {
        requireAdmin("user.import", null);
        UserService self = context.getBusinessObject(UserService.class);
        ImportReport report = PeopleCsv.read(csv, IMPORT_MAX_ROWS, institutions.findAll(), person -> {
            if (findByEmail(person.email()).isPresent()) {
                throw new BusinessException("import.emailTaken", person.email());
            }
            String password = person.password();
            if (!password.isEmpty() && (password.length() < User.PASSWORD_MIN || password.length() > User.PASSWORD_MAX)) {
                throw new BusinessException("validation.password");
            }
            String generated = password.isEmpty() ? generatePassword() : null;
            self.importRow(person.name(), person.email(), generated == null ? password : generated, person.institutionId());
            return new ImportReport.Imported(person.line(), person.email(), generated);
        });
        audit.record("user.import", "User", null, report.imported().size() + " imported, " + report.rejected().size() + " rejected");
        return report;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importRow(String name, String email, String password, Long institutionId) {
        requireAdmin("user.import", null);
        User user = insert(name, email, password, institutionId, EnumSet.of(Role.PARTICIPANT));
        audit.record("user.create", "User", user.getId(), email + " (import)");
    }

    private User insert(String name, String email, String password, Long institutionId, Set<Role> roles) {
        return insertHashed(name, email, PasswordHasher.hash(password), institutionId, roles);
    }

    private User insertHashed(String name, String email, String passwordHash, Long institutionId, Set<Role> roles) {
        String normalized = normalizeEmail(email);
        if (findByEmail(normalized).isPresent()) {
            throw new ConflictException("user.duplicateEmail", normalized);
        }
        User user = new User(name.strip(), normalized, passwordHash, institution(institutionId), roles);
        em.persist(user);
        em.flush();
        return user;
    }

    private Institution institution(Long id) {
        return id == null ? null : institutions.get(id);
    }

    private void requireAdmin(String action, Long id) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw audit.refuse(action, "User", id, "error.adminOnly");
        }
    }

    private static String where(UserFilter f) {
        List<String> clauses = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) clauses.add("(lower(u.name) like :text or u.email like :text)");
        if (f.role() != null) clauses.add(":role member of u.roles");
        if (f.active() != null) clauses.add("u.active = :active");
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> q, UserFilter f) {
        if (f.text() != null && !f.text().isBlank()) q.setParameter("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%");
        if (f.role() != null) q.setParameter("role", f.role());
        if (f.active() != null) q.setParameter("active", f.active());
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
