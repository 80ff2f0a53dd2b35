/** The sandbox switch and the start-up migration of the sandbox's own tables. */
package uk.practiceconnect.sandbox.control;
