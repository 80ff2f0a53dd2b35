/** The retention runs: leases, batches, figures. May call platform. */
package uk.practiceconnect.retention.control;
