package id.sinergi.platform;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that is tried again when the database rolled its transaction back to break a deadlock, or
 * Galera aborted it on a certification conflict with another node ({@link ConflictRetry}). Put it on the
 * boundary that calls a service (a REST method, a page bean's action), never inside a transaction, and
 * only where calling again is what a user would do: one service call, nothing read from a stream that
 * cannot be read twice. On the API's writes (ideas and supports, the roll, affiliations) and the
 * venue's busiest page actions (posting and supporting ideas, comments); the vote has its own retry
 * ({@code BallotBox}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetriedOnConflict {
}
