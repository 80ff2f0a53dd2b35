package uk.practiceconnect.practice.entity;

import java.io.Serializable;

/**
 * What a staff member's HTTP session keeps of their sign-in: the username only. Their role is
 * looked up again on every request, so the session can move to another instance of the cluster (it
 * is written to the data grid) and still be signed in there, and a user switched off or given
 * another role is treated accordingly within a second, wherever their session lives.
 */
public record StaffSession(String username) implements Serializable {

  /** The session attribute that holds it. */
  public static final String ATTRIBUTE = "practiceconnect.staff";

  @Override
  public String toString() {
    return "StaffSession[" + username + "]";
  }
}
