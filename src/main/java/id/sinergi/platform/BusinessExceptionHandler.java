package id.sinergi.platform;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.el.ELException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Locale;

/**
 * Shows business errors to the user instead of an error page: on a form post the reason appears
 * as a message on the same page; when a page is opened (GET) a refusal answers 403 and a missing
 * object 404, with the error pages in the user's language. An expired view leads to the
 * expired page with a way back. Anything else goes to the 500 page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = unwrap(events.next().getContext().getException());
            if (faces == null || faces.getResponseComplete()) {
                continue;
            }
            if (cause instanceof BusinessException business) {
                events.remove();
                handle(faces, business);
            } else if (cause instanceof ViewExpiredException) {
                // a fresh GET: an error page rendered for the expired POST would try to restore it again
                events.remove();
                String back = CDI.current().select(UserLanguage.class).get().getCurrentPath();
                Navigation.redirect("/error/expired.xhtml?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            } else if (DatabaseDown.isCause(cause)) {
                events.remove();
                LOG.warning("Database unavailable: " + cause);
                databaseDown(faces);
            } else {
                // the user sees the 500 page; whoever runs the server needs the cause
                LOG.log(Level.SEVERE, "Unexpected error in " + (faces.getViewRoot() == null ? "?" : faces.getViewRoot().getViewId()), cause);
            }
        }
        getWrapped().handle();
    }

    private static void handle(FacesContext faces, BusinessException business) {
        // the user's language, also before the view has applied it (e.g. in a view action)
        Locale locale = CDI.current().select(UserLanguage.class).get().getLocale();
        String text = business.localizedMessage(locale);
        if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
            faces.renderResponse();
            return;
        }
        try {
            faces.getExternalContext().getRequestMap().put("sinergi.error.message", text);
            faces.getExternalContext().responseSendError(business.httpStatus() == 400 ? 400 : business.httpStatus(), text);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /**
     * The 503 page, which needs no database (the error pages' layout reads the caller and the inbox); an Ajax
     * request or a form post is sent to it by reloading the page.
     */
    private static void databaseDown(FacesContext faces) {
        UserLanguage language = CDI.current().select(UserLanguage.class).get();
        ExternalContext external = faces.getExternalContext();
        String path = language.getCurrentPath();
        if (faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
            Navigation.redirect(path);
            return;
        }
        if (external.isResponseCommitted()) {
            return;
        }
        try {
            // the buffer only: a full reset would also drop the security headers SecurityHeaders set before the page
            ((HttpServletResponse) external.getResponse()).resetBuffer();
            external.setResponseStatus(503);
            external.setResponseHeader("Retry-After", DatabaseDown.RETRY_AFTER);
            external.setResponseHeader("Cache-Control", "no-store");
            external.setResponseContentType("text/html");
            external.setResponseCharacterEncoding("UTF-8");
            external.getResponseOutputWriter().write(DatabaseDown.page(language.getLocale(), external.getRequestContextPath() + path));
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof FacesException || t instanceof ELException || t instanceof EJBException
                || t.getClass().getName().endsWith("TransactionRolledbackLocalException")) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
