/** The support desk's Data retention page. */
package uk.practiceconnect.retention.boundary;
