/** The support desk's Subject access page and the REST export and erasure (all-practices keys). */
package uk.practiceconnect.dataprotection.boundary;
