package id.sinergi.identity;

import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.PagedModel;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /affiliations}: people who claim an institution the caller can vouch for, to confirm or decline. */
@Named
@ViewScoped
public class AffiliationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AffiliationService affiliations;

    @Inject
    private FacesMessages messages;

    private final PagedModel<AffiliationService.Claim> claims = new PagedModel<>(
            () -> affiliations.count(), (first, size) -> affiliations.queue(first, size), AffiliationService.Claim::userId);

    @RetriedOnConflict
    public void confirm(Long userId) {
        affiliations.confirm(userId);
        messages.info("affiliation.confirmedNow");
    }

    @RetriedOnConflict
    public void reject(Long userId) {
        affiliations.reject(userId);
        messages.info("affiliation.rejectedNow");
    }

    public PagedModel<AffiliationService.Claim> getClaims() { return claims; }
}
