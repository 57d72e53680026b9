package id.sinergi.identity;

import id.sinergi.platform.ApiError;
import id.sinergi.platform.DatabaseDown;
import id.sinergi.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for pages and API: the login page authenticates programmatically (form login),
 * the API (and only the API) accepts HTTP Basic and institution tokens, a protected page without login redirects to the login page and a
 * protected API call without login gets a JSON 401.
 *
 * <p>Only a login on the login page is kept in the session (what {@code @AutoApplySession} would do
 * for every login): a script's token or Basic credentials authenticate that one call and never
 * create a session.
 */
@ApplicationScoped
public class SinergiAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login";
    /** The only part of the API an institution's token reaches. */
    static final String ACTIONS_API = "/api/v1/actions";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        try {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
                if (!request.getRequestURI().startsWith(request.getContextPath() + ACTIONS_API)) {
                    // a token is its institution's, for its actions: never a person posting, voting or reading forums
                    return apiRefusal(request, response, 403, "token.onlyActions");
                }
                return tokens.authenticate(authorization.substring(7).strip())
                        .map(token -> context.notifyContainerAboutLogin(ApiTokenService.PRINCIPAL_PREFIX + token.tokenId(),
                                Set.of(Role.INSTITUTION_LEAD.name())))
                        .orElseGet(() -> apiUnauthorized(request, response, context));
            }
            if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
                // scripts only: a page never logs in from a header (a browser would resend it unasked)
                CredentialValidationResult result = basic(authorization.substring(6).strip());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                return apiUnauthorized(request, response, context);
            }
        } catch (RuntimeException e) {
            if (!isApi(request) || !DatabaseDown.isCause(e)) {
                throw e;
            }
            // a script's credentials cannot be checked without the database: 503, as the API answers then
            response.setHeader("Retry-After", DatabaseDown.RETRY_AFTER);
            return apiRefusal(request, response, 503, "error.databaseDown");
        }
        Principal loggedIn = request.getUserPrincipal();
        if (loggedIn != null) {
            // the login page's session: the container keeps the caller, the mechanism confirms it per request
            return fromSession(context, loggedIn);
        }
        if (context.isProtected()) {
            return isApi(request) ? apiUnauthorized(request, response, context) : toLoginPage(request, context);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus fromSession(HttpMessageContext context, Principal principal) {
        try {
            context.getHandler().handle(new Callback[]{new CallerPrincipalCallback(context.getClientSubject(), principal)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("The container did not take the session's caller", e);
        }
    }

    private CredentialValidationResult basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return identityStore.validate(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus apiUnauthorized(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Sinergi\"");
        return apiRefusal(request, response, 401, "error.unauthenticated");
    }

    private static AuthenticationStatus apiRefusal(HttpServletRequest request, HttpServletResponse response, int status,
                                                   String messageKey) {
        try {
            ApiError.send(request, response, status, messageKey);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
