/**
 * Users, their roles and institution, and how they prove who they are: Jakarta Security form
 * login (and HTTP Basic for the API) against a database identity store with PBKDF2 hashes, slowed
 * per name and per address after failures; self-registration (throttled per address, confirmed
 * by e-mail, telling nobody whether an address has an account); affiliations, claimed until someone
 * who knows confirms them; admin user management, lists of people from CSV, API tokens of
 * institutions, and the {@link id.sinergi.platform.Caller} every service asks.
 */
package id.sinergi.identity;
