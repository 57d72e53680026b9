package id.sinergi.identity;

import id.sinergi.platform.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks e-mail and password against the users in MariaDB; the groups are the user's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    private UserService users;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginCheck check = users.checkPassword(login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request));
        if (check.outcome() != LoginCheck.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = check.user().getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(check.user().getEmail(), groups);
    }
}
