/**
 * Recommendations: moderators draft them from ideas, participants discuss them
 * ({@link id.sinergi.recommendation.RecommendationService}); the secret vote on them lives in
 * {@code voting}, the immutable published document (page, PDF) in {@code publication}.
 */
package id.sinergi.recommendation;
