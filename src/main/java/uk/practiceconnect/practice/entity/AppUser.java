package uk.practiceconnect.practice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to Practice Connect. A practice admin belongs to exactly one practice; a
 * platform admin to none.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.BY_USERNAME, query = "select u from AppUser u where u.username = :u")
@NamedQuery(
    name = AppUser.BY_PRACTICE,
    query = "select u from AppUser u where u.practiceId = :p order by u.username")
@NamedQuery(
    name = AppUser.WORKING_PLATFORM_ADMINS,
    query =
        "select count(u) from AppUser u where u.role = uk.practiceconnect.practice.entity.Role.PLATFORM_ADMIN"
            + " and u.disabledAt is null")
@NamedQuery(
    name = AppUser.DEMO_SIGN_INS,
    query = "select u from AppUser u where u.demo = true and u.disabledAt is null order by u.id")
public class AppUser {

  public static final String BY_USERNAME = "AppUser.byUsername";
  public static final String BY_PRACTICE = "AppUser.byPractice";
  public static final String DEMO_SIGN_INS = "AppUser.demoSignIns";
  public static final String WORKING_PLATFORM_ADMINS = "AppUser.workingPlatformAdmins";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "practice_id")
  private Long practiceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Seeded by demo mode with the published demo password. */
  @Column(nullable = false)
  private boolean demo;

  /** When set, this person can no longer sign in. */
  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Version private long version;

  protected AppUser() {}

  private AppUser(
      Username username,
      String displayName,
      String passwordHash,
      Role role,
      Long practiceId,
      Instant createdAt) {
    this.username = username.value();
    this.displayName = displayName;
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = role;
    this.practiceId = practiceId;
    this.createdAt = createdAt;
  }

  public static AppUser platformAdmin(
      Username username, String displayName, String passwordHash, Instant now) {
    return new AppUser(username, displayName, passwordHash, Role.PLATFORM_ADMIN, null, now);
  }

  public static AppUser practiceAdmin(
      Username username, String displayName, String passwordHash, Practice practice, Instant now) {
    return new AppUser(
        username, displayName, passwordHash, Role.PRACTICE_ADMIN, practice.id(), now);
  }

  /** Marks a sign-in that demo mode created: it is switched off when demo mode is. */
  public AppUser asDemo() {
    this.demo = true;
    return this;
  }

  /** A new password the support desk set; a switched-off demo sign-in stays switched off. */
  public void newPassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void disable(Instant now) {
    if (disabledAt == null) {
      disabledAt = now;
    }
  }

  public boolean isDemo() {
    return demo;
  }

  public boolean canSignIn() {
    return disabledAt == null;
  }

  public Long id() {
    return id;
  }

  public Username username() {
    return new Username(username);
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public Long practiceId() {
    return practiceId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
