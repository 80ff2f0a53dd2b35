/** The API key filter every REST call passes and the support desk's API keys page. */
package uk.practiceconnect.api.boundary;
