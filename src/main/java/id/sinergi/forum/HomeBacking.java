package id.sinergi.forum;

import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** The home page: the forums this visitor may see, paged. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    private final PagedModel<ForumCard> model = new PagedModel<>(
            () -> forums.countVisibleForums(),
            (first, size) -> forums.visibleForums(first, size).stream().map(f -> ForumCard.of(f, false)).toList(),
            ForumCard::id);

    public PagedModel<ForumCard> getModel() {
        return model;
    }
}
