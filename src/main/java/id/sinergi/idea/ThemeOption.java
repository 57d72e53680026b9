package id.sinergi.idea;

import id.sinergi.forum.Forum;

import java.io.Serializable;
import java.util.List;

/** A forum's theme in a drop-down. */
public record ThemeOption(Long id, String name) implements Serializable {

    static List<ThemeOption> of(Forum forum) {
        return forum.getThemes().stream().map(t -> new ThemeOption(t.getId(), t.getName())).toList();
    }
}
