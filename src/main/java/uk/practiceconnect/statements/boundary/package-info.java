/** The addresses {@code /privacy} and {@code /accessibility} and the privacy notice's figures. */
package uk.practiceconnect.statements.boundary;
