/** The sandbox's own data source and the start-up migration of its tables. */
package uk.practiceconnect.sandbox.control;
