package id.sinergi.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A forum's topic track, e.g. "Pencegahan". */
@Entity
@Table(name = "theme")
public class Theme {

    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    Theme(Forum forum, String name, int position) {
        this.forum = forum;
        this.name = name;
        this.position = position;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getPosition() { return position; }

    void rename(String name, int position) {
        this.name = name;
        this.position = position;
    }
}
