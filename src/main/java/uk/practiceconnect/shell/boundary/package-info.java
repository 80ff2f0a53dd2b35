/** The main menu and where "/" takes a signed-in person. */
package uk.practiceconnect.shell.boundary;
