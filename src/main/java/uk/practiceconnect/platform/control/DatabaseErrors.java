package uk.practiceconnect.platform.control;

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
