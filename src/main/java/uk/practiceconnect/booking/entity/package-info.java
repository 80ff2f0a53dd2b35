/**
 * Booking rules, bookings, invitations and their value objects ({@code SlotType}, {@code
 * IdempotencyKey}, {@code InvitationToken}, {@code DateOfBirth}). Pure Java and JPA: may use {@code
 * platform.entity}, {@code patient.entity} and {@code emis.entity}, nothing else.
 */
package uk.practiceconnect.booking.entity;
