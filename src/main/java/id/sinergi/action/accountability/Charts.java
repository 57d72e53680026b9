package id.sinergi.action.accountability;

import id.sinergi.action.ActionStatus;
import id.sinergi.platform.Messages;
import id.sinergi.platform.ScriptJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for {@code p:chart}: built as JSON here, so labels are escaped (for JSON,
 * and for the {@code <script>} PrimeFaces writes them into) and in the reader's language. Every chart has a table beside it on the page for screen readers and print.
 */
final class Charts {

    /** One colour per status, the same on every chart and in the CSS. */
    private static final String[] STATUS_COLORS = {"#9ca3af", "#0f5f8c", "#16803d", "#b91c1c", "#6b7280"};

    private Charts() {
    }

    static String statusDoughnut(Figures f, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (ActionStatus s : ActionStatus.values()) {
            labels.add(Messages.format(locale, s.messageKey()));
        }
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (String c : STATUS_COLORS) {
            colors.add(c);
        }
        return ScriptJson.escape(Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(f.planned()).add(f.inProgress()).add(f.done())
                                        .add(f.blocked()).add(f.cancelled()))
                                .add("backgroundColor", colors))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "right"))))
                .build().toString());
    }

    static String completionBars(List<Figures> rows, Locale locale) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Figures f : rows) {
            labels.add(f.label().length() > 40 ? f.label().substring(0, 39) + "…" : f.label());
            values.add(Math.round(f.completion() * 10) / 10.0);
        }
        return ScriptJson.escape(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.format(locale, "accountability.completion"))
                                .add("data", values)
                                .add("backgroundColor", "#0f5f8c"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x",
                                Json.createObjectBuilder().add("min", 0).add("max", 100)))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString());
    }
}
