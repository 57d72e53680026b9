package id.sinergi.action.report;

import id.sinergi.action.ActionStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A progress report with its evidence, as the caller may see it. */
public record ReportView(long id, long actionId, ActionStatus status, int progress, String note,
                         ReportVisibility visibility, ReviewState reviewState, String reviewComment,
                         String reviewerName, Instant reviewedAt, String reporterName, boolean viaApi,
                         Instant reportedAt, List<Evidence> evidence) implements Serializable {

    /** A file (download link by id) or a link. */
    public record Evidence(long id, boolean file, String name, String mediaType, long sizeBytes, String url)
            implements Serializable {
        public String sizeLabel() {
            return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, sizeBytes / 1024) + " KB";
        }
    }

    public boolean isPending() {
        return reviewState == ReviewState.PENDING;
    }
}
