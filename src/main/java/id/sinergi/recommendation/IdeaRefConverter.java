package id.sinergi.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Ideas picked in the draft form's autocomplete travel as their numbers. */
@FacesConverter(value = "ideaRef", managed = true)
@ApplicationScoped
public class IdeaRefConverter implements Converter<RecommendationView.IdeaRef> {

    @Inject
    private RecommendationService recommendations;

    @Override
    public RecommendationView.IdeaRef getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,18}")) {
            throw new ConverterException("not an idea number");
        }
        return recommendations.ideaRef(Long.valueOf(value)).orElseThrow(() -> new ConverterException("no such idea"));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, RecommendationView.IdeaRef value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
