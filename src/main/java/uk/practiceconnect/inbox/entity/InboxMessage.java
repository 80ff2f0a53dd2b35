package uk.practiceconnect.inbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An email-style notice to a practice's admins, read on their Inbox page. */
@Entity
@Table(name = "inbox_message")
@NamedQuery(
    name = InboxMessage.OF_PRACTICE,
    query =
        "select m from InboxMessage m where m.practiceId = :practice"
            + " order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = InboxMessage.UNREAD,
    query =
        "select count(m) from InboxMessage m where m.practiceId = :practice and m.readAt is null")
public class InboxMessage implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_PRACTICE = "InboxMessage.ofPractice";
  public static final String UNREAD = "InboxMessage.unread";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 120)
  private String sender;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "read_by", length = 120)
  private String readBy;

  protected InboxMessage() {}

  public InboxMessage(
      Long practiceId, Instant createdAt, String sender, String subject, String body) {
    this.practiceId = practiceId;
    this.createdAt = createdAt;
    this.sender = sender;
    this.subject = clip(subject, 200);
    this.body = clip(body, 4000);
  }

  /** Marks it read; returns false if it was read already (the first reader is kept). */
  public boolean markRead(String reader, Instant at) {
    if (readAt != null) {
      return false;
    }
    readAt = at;
    readBy = reader;
    return true;
  }

  public Long getId() {
    return id;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSender() {
    return sender;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public String getReadBy() {
    return readBy;
  }

  public boolean isUnread() {
    return readAt == null;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
