/** The practice's "Report a safety concern" form, the support desk's list, and its REST list. */
package uk.practiceconnect.safety.boundary;
