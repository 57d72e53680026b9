package id.sinergi.action.accountability;

import id.sinergi.action.ActionStatus;

import java.io.Serializable;
import java.time.Instant;

/** An accepted public report on an institution's timeline. */
public record TimelineEntry(long actionId, String actionTitle, Instant reportedAt, ActionStatus status, int progress,
                            String note) implements Serializable {
}
