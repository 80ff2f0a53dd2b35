package uk.practiceconnect.platform.control;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * What the database meant when a write failed. Two requests that both checked "not there yet" and
 * then inserted the same ODS code or username meet at a unique constraint; that is a conflict the
 * caller can act on, not a failure of ours.
 */
public final class DatabaseErrors {

  /** SQLSTATE of a duplicate key, the same in PostgreSQL and H2. */
  static final String UNIQUE_VIOLATION = "23505";

  private DatabaseErrors() {}

  /**
   * A save that lost to another one: a stale version (optimistic lock), or two first saves of one
   * row at once (the primary key). The caller reloads and tries again.
   */
  public static boolean isLostSave(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
        return true;
      }
    }
    return isUniqueViolation(failure);
  }

  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
