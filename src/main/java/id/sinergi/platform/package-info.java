/**
 * What is truly cross-cutting: the data source and its migration at start-up, the business
 * exception family, the user's language and message bundles, health, and the REST API's
 * application class and error mapping. No business rules live here.
 */
package id.sinergi.platform;
