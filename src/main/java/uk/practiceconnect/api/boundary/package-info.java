/**
 * The REST application, the API key filter, problem details and the support desk's API key page.
 */
package uk.practiceconnect.api.boundary;
