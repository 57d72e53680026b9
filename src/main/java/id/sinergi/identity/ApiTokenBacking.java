package id.sinergi.identity;

import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /tokens}: admins and institution leads issue and revoke API tokens for their institutions. */
@Named
@ViewScoped
public class ApiTokenBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private List<InstitutionOption> institutionOptions;
    private Long institutionId;
    private String name;
    private int validDays = ApiTokenService.VALIDITY_DAYS.getLast();
    private ApiTokenService.Issued issued;
    private PagedModel<ApiTokenService.TokenView> list;

    @PostConstruct
    void init() {
        List<Long> manageable = tokens.manageable();
        institutionOptions = institutions.options().stream().filter(o -> manageable.contains(o.id())).toList();
        if (institutionOptions.size() == 1) {
            institutionId = institutionOptions.getFirst().id();
        }
        list = new PagedModel<>(tokens::count, tokens::list, ApiTokenService.TokenView::id);
    }

    public void issue() {
        issued = tokens.issue(institutionId, name, validDays);
        name = null;
        messages.info("token.issued");
    }

    public void revoke(long id) {
        tokens.revoke(id);
        messages.info("token.revoked");
    }

    public List<InstitutionOption> getInstitutionOptions() { return institutionOptions; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public String getName() { return name; }
    public int getValidDays() { return validDays; }
    public void setValidDays(int validDays) { this.validDays = validDays; }
    public List<Integer> getValidities() { return ApiTokenService.VALIDITY_DAYS; }
    public void setName(String name) { this.name = name; }
    public ApiTokenService.Issued getIssued() { return issued; }
    public PagedModel<ApiTokenService.TokenView> getList() { return list; }
}
