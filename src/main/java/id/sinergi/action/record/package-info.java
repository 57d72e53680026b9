/**
 * Commitments across forums and years, read-only and public: an institution's page
 * ({@code /i/{slug}}) with its actions, figures per year and per forum and its reports; the overview
 * of all forums, institution types and institutions ({@code /overview}, CSV and XLSX); the same
 * under {@code /api/v1/institutions} and {@code /api/v1/overview}. Carrying unfinished actions over
 * to a newer forum is {@code action.CarryOverService}'s.
 */
package id.sinergi.action.record;
