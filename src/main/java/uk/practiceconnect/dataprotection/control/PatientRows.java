package uk.practiceconnect.dataprotection.control;

import java.util.List;
import java.util.Set;

/**
 * Which rows of each table relate to one patient at one practice: the ids (or keys) a search found,
 * for the export to read and the erasure to change.
 */
record PatientRows(
    long practiceId,
    List<Long> reminders,
    List<Long> bookings,
    List<Long> invitations,
    List<Long> texts,
    List<Long> incidents,
    List<Long> auditEntries,
    Set<String> optOutHashes,
    Set<String> lockedNhsNumbers) {

  PatientRows {
    reminders = List.copyOf(reminders);
    bookings = List.copyOf(bookings);
    invitations = List.copyOf(invitations);
    texts = List.copyOf(texts);
    incidents = List.copyOf(incidents);
    auditEntries = List.copyOf(auditEntries);
    optOutHashes = Set.copyOf(optOutHashes);
    lockedNhsNumbers = Set.copyOf(lockedNhsNumbers);
  }
}
