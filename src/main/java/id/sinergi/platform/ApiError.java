package id.sinergi.platform;

/** The body of every API error: a readable message, never a stack trace. */
public record ApiError(int status, String message) {
}
