/** The switch that hides everything under /sandbox when the sandbox is off. */
package uk.practiceconnect.sandbox.boundary;
