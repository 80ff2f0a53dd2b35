/** GP Connect: the settings REST resources and page parts. */
package uk.practiceconnect.gpconnect.boundary;
