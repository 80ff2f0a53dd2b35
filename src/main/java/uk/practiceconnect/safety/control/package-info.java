/** Recording and reading safety incidents, audited. May call platform and practice. */
package uk.practiceconnect.safety.control;
