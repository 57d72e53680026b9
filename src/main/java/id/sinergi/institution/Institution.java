package id.sinergi.institution;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "institution")
@NamedQuery(name = "Institution.findAll", query = "select i from Institution i left join fetch i.parent order by i.name")
@NamedQuery(name = "Institution.findBySlug", query = "select i from Institution i where i.slug = :slug")
@NamedQuery(name = "Institution.findByName", query = "select i from Institution i where lower(i.name) = lower(:name)")
public class Institution {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = SHORT_NAME_MAX)
    @Column(name = "short_name", length = SHORT_NAME_MAX)
    private String shortName;

    /** The institution's public address, {@code /i/{slug}}: made once, kept when the name changes. */
    @Column(nullable = false, updatable = false, length = 80)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Institution parent;

    @Version
    private int version;

    protected Institution() {
    }

    public Institution(String name, String shortName, InstitutionType type, Institution parent, String slug) {
        this.slug = slug;
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parent = parent;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public String getSlug() { return slug; }
    public InstitutionType getType() { return type; }
    public Institution getParent() { return parent; }
    public Long getParentId() { return parent == null ? null : parent.getId(); }

    void change(String name, String shortName, InstitutionType type, Institution parent) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parent = parent;
    }
}
