/**
 * What the outside calls: the REST resources (booking settings, slots, bookings), the practice's
 * pages (Online booking, Invitations, Bookings) and the public patient pages under {@code /book/}.
 * Thin: parse, call one control method, map the answer.
 */
package uk.practiceconnect.booking.boundary;
