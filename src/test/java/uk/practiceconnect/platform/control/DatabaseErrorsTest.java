package uk.practiceconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

  @Test
  void findsADuplicateKeyUnderTheWrappers() {
    var duplicate = new SQLException("duplicate key value", "23505");
    assertTrue(
        DatabaseErrors.isUniqueViolation(
            new PersistenceException(
                "could not execute statement", new RuntimeException(duplicate))));
  }

  @Test
  void otherDatabaseFailuresAreNotConflicts() {
    assertFalse(
        DatabaseErrors.isUniqueViolation(
            new PersistenceException(new SQLException("value too long", "22001"))));
    assertFalse(
        DatabaseErrors.isUniqueViolation(
            new PersistenceException(new SQLException("connection refused", "08001"))));
    assertFalse(DatabaseErrors.isUniqueViolation(new PersistenceException("no cause")));
  }
}
