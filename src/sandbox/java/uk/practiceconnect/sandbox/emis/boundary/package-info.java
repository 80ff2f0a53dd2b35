/**
 * The sandbox's faces: the JAX-RS application under {@code /sandbox/emis} (partner face with
 * EMIS-style outcomes, admin face with problem details) and the EMAS Manager page. Calls only the
 * sandbox's control package.
 */
package uk.practiceconnect.sandbox.emis.boundary;
