package id.sinergi.action.accountability;

import id.sinergi.action.ActionStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void theDoughnutsSlicesFollowEachOtherRoundTheCircleFromTheTop() {
        List<Charts.Slice> slices = Charts.statusSlices(new Figures(1, "x", 13, 2, 6, 3, 1, 1, 0, 0, 50));
        assertEquals(List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.BLOCKED,
                ActionStatus.CANCELLED), slices.stream().map(Charts.Slice::status).toList());
        assertEquals(15.4, slices.get(0).share());
        assertEquals("15.4 84.6", slices.get(0).dash());
        assertEquals(25.0, slices.get(0).offset(), "the first slice starts at twelve o'clock");
        assertEquals(25 - 15.4, slices.get(1).offset(), 1e-9, "the next one where the first ended");
        double total = slices.stream().mapToDouble(Charts.Slice::share).sum();
        assertTrue(Math.abs(total - 100) < 0.3, "the slices go round once: " + total);
    }

    @Test
    void statusesWithoutActionsHaveNoSliceAndNoActionsNoDoughnut() {
        List<Charts.Slice> done = Charts.statusSlices(new Figures(1, "x", 4, 0, 0, 4, 0, 0, 0, 0, 100));
        assertEquals(1, done.size());
        assertEquals("100.0 0.0", done.get(0).dash());
        assertTrue(Charts.statusSlices(new Figures(1, "x", 0, 0, 0, 0, 0, 0, 0, 0, 0)).isEmpty());
    }
}
