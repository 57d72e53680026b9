/**
 * The final document: a moderator publishes the adopted recommendations with their results as an
 * immutable, numbered version (a JSON snapshot and its SHA-256; database triggers refuse any
 * change), readable by everyone at {@code /f/{slug}/recommendations[/vN]} and as a PDF.
 */
package id.sinergi.recommendation.publication;
