package id.sinergi.forum.roll;

import id.sinergi.forum.RollMode;

import java.io.Serializable;

/** A forum's roll in numbers: on it, waiting, declined, checked in; and whether only those checked in count. */
public record RollSummary(RollMode mode, int admitted, int pending, int declined, int checkedIn, boolean checkedInOnly,
                          int minGroupSize) implements Serializable {

    /** Who counts towards the quorum now. */
    public int eligible() {
        return checkedInOnly ? checkedIn : admitted;
    }
}
