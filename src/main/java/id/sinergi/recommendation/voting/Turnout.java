package id.sinergi.recommendation.voting;

import java.io.Serializable;

/** How many people on the roll have voted so far, of how many: never what they chose. */
public record Turnout(int voted, int eligible) implements Serializable {

    public double percent() {
        return eligible <= 0 ? 0 : 100.0 * voted / eligible;
    }
}
