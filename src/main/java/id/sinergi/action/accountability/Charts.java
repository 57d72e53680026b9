package id.sinergi.action.accountability;

import id.sinergi.action.ActionStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * The accountability page's charts, drawn by the page itself (SVG and CSS, no script): a doughnut of the
 * actions by status and bars of completion. A phone on a slow network paints them with the text, and
 * user text in them is escaped by Facelets like any other text. Every chart has a table beside it on
 * the page for screen readers and print; the colours are in the CSS ({@code .slice-…}, {@code .swatch-…}).
 */
public final class Charts {

    private Charts() {
    }

    /**
     * One status's part of the doughnut, as an SVG stroke on a circle of circumference 100: {@code share}
     * percent long, starting {@code start} percent round from the top.
     */
    public record Slice(ActionStatus status, long count, double share, double start) {

        /** The stroke's dash: the slice, then the gap round the rest of the circle. */
        public String dash() {
            return share + " " + (100 - share);
        }

        /** Where the dash starts: SVG starts a circle's stroke at three o'clock, the doughnut at twelve. */
        public double offset() {
            return 25 - start;
        }
    }

    public static List<Slice> statusSlices(Figures f) {
        long total = f.actions();
        List<Slice> slices = new ArrayList<>();
        double start = 0;
        for (ActionStatus status : ActionStatus.values()) {
            long count = f.count(status);
            if (count > 0 && total > 0) {
                double share = Math.round(count * 1000.0 / total) / 10.0;
                slices.add(new Slice(status, count, share, start));
                start += share;
            }
        }
        return slices;
    }
}
