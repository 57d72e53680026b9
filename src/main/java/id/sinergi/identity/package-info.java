/**
 * Users, their roles and institution, and how they prove who they are: Jakarta Security form
 * login (and HTTP Basic for the API) against a database identity store with PBKDF2 hashes,
 * self-registration, admin user management, CSV import of participants, and the
 * {@link id.sinergi.platform.Caller} every service asks.
 */
package id.sinergi.identity;
