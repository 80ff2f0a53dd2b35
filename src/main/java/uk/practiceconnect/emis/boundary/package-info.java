/**
 * Pages (Feature settings with Test connection, Troubleshooting, the support desk's EMIS
 * integrations table, the practice banner) and REST resources (emis-settings, connection-test,
 * integration-status). Each validates, calls one control method and maps the result.
 */
package uk.practiceconnect.emis.boundary;
