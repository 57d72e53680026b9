package id.sinergi.identity;

import id.sinergi.notification.EmailFrequency;
import id.sinergi.institution.Institution;
import id.sinergi.platform.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
@NamedQuery(name = "User.findByEmail", query = "select u from User u where u.email = :email")
@NamedQuery(name = "User.findByEmailToken", query = "select u from User u where u.emailTokenHash = :hash")
public class User {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 190;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Stored lower-case: e-mail addresses are compared without regard to case. */
    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_frequency", nullable = false)
    private EmailFrequency emailFrequency = EmailFrequency.IMMEDIATE;

    /** When someone who knows confirmed the institution; {@code null}: only claimed. */
    @Column(name = "affiliation_confirmed_at")
    private Instant affiliationConfirmedAt;

    @Column(name = "affiliation_confirmed_by")
    private Long affiliationConfirmedBy;

    /** When the owner opened the confirmation link; {@code null}: not yet. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** SHA-256 of the link that confirms the address (or activates an invited account). */
    @Column(name = "email_token_hash", length = 64)
    private String emailTokenHash;

    @Column(name = "password_set", nullable = false)
    private boolean passwordSet = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected User() {
    }

    User(String name, String email, String passwordHash, Institution institution, Set<Role> roles) {
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.institution = institution;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        // made by an admin (or an import): the admin vouches for address and institution
        this.emailConfirmedAt = createdAt;
        this.affiliationConfirmedAt = institution == null ? null : createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Institution getInstitution() { return institution; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isActive() { return active; }
    public String getLanguage() { return language; }
    public EmailFrequency getEmailFrequency() { return emailFrequency; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getAffiliationConfirmedAt() { return affiliationConfirmedAt; }
    public Instant getEmailConfirmedAt() { return emailConfirmedAt; }
    public boolean isPasswordSet() { return passwordSet; }
    String getPasswordHash() { return passwordHash; }

    void change(String name, String email, Institution institution, Set<Role> roles, boolean active) {
        if (institution != null && (this.institution == null || !institution.getId().equals(this.institution.getId()))) {
            // an admin set it: confirmed
            this.affiliationConfirmedAt = Instant.now();
        } else if (institution == null) {
            this.affiliationConfirmedAt = null;
        }
        this.name = name;
        this.email = email;
        this.institution = institution;
        this.roles.clear();
        this.roles.addAll(roles);
        this.active = active;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
        this.passwordSet = true;
    }

    /** A self-registered account: its institution is a claim. */
    void claimAffiliation() {
        this.affiliationConfirmedAt = null;
        this.affiliationConfirmedBy = null;
    }

    void expectEmailConfirmation(String tokenHash) {
        this.emailConfirmedAt = null;
        this.emailTokenHash = tokenHash;
    }

    void emailConfirmed() {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = Instant.now();
        }
        emailTokenHash = null;
    }

    /** Made from an invitation list: no password until the invitation link sets one. */
    void invited(String tokenHash, Long by) {
        this.passwordSet = false;
        this.emailTokenHash = tokenHash;
        this.affiliationConfirmedBy = by;
    }

    void changeEmailFrequency(EmailFrequency emailFrequency) {
        this.emailFrequency = emailFrequency;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

}
