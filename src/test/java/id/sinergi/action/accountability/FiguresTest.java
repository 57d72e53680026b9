package id.sinergi.action.accountability;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiguresTest {

    @Test
    void summedFiguresWeighCompletionByTheActionsStillDelivering() {
        // 2 delivering at 50 % (and one cancelled); 1 delivering at 100 % (and one carried over)
        Figures a = new Figures(1, "a", 3, 0, 2, 0, 0, 1, 0, 1, 50);
        Figures b = new Figures(2, "b", 2, 0, 0, 1, 0, 0, 1, 0, 100);
        Figures sum = Figures.sum(9, "all", List.of(a, b));
        assertEquals(5, sum.actions());
        assertEquals(2, sum.inProgress());
        assertEquals(1, sum.cancelled());
        assertEquals(1, sum.carriedOver());
        assertEquals(1, sum.overdue());
        assertEquals(3, sum.delivering());
        assertEquals(200.0 / 3, sum.completion(), 1e-9, "(50 + 50 + 100) / 3, not (50 + 100) / 2");
        assertEquals(0, Figures.sum(0, null, List.of()).completion());
    }
}
