package uk.practiceconnect.sms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.practiceconnect.sms.entity.NotifyService;
import uk.practiceconnect.sms.entity.TextReply;

/**
 * Reads the texts patients send back (Notify's received text messages, newest first) from every
 * Notify service in use (the platform's and each practice's own) and hands each one not read yet,
 * oldest first, to {@link ReplyInbox}, which lets the feature it is for act on it once. Notify's
 * reply ids are unique across services, so one record of what was read serves them all.
 */
@ApplicationScoped
public class ReplyReader {

  private static final Logger LOG = Logger.getLogger(ReplyReader.class.getName());

  /** Notify keeps replies 7 days; more pages than this means we were off far longer. */
  static final int MAX_PAGES = 40;

  /** Twice the 7 days Notify lists a reply for. */
  static final Duration KEEP_READ = Duration.ofDays(14);

  @Inject NotifyGateway notify;
  @Inject NotifyServices services;
  @Inject ReplyInbox inbox;
  @Inject Clock clock;

  /** One round over every service; returns how many replies this instance handed over. */
  public int readNew() {
    int handed = 0;
    for (NotifyService service : services.all()) {
      handed += readNew(service);
    }
    inbox.forget(clock.instant().minus(KEEP_READ));
    return handed;
  }

  private int readNew(NotifyService service) {
    List<TextReply> unread = new ArrayList<>();
    String olderThan = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      Optional<List<TextReply>> answer = notify.replies(service, olderThan);
      if (answer.isEmpty() || answer.get().isEmpty()) {
        break;
      }
      boolean reachedRead = false;
      for (TextReply r : answer.get()) {
        if (inbox.known(r.notifyId())) {
          reachedRead = true;
        } else {
          unread.add(r);
        }
      }
      if (reachedRead) {
        break; // newest first: what lies further back was read in an earlier round
      }
      olderThan = answer.get().get(answer.get().size() - 1).notifyId();
    }
    Collections.reverse(unread);
    int handed = 0;
    for (TextReply r : unread) {
      try {
        if (inbox.handOver(r)) {
          handed++;
        }
      } catch (RuntimeException e) {
        if (!inbox.known(r.notifyId())) {
          // left unread, so the next round tries again; the class only (a message could quote it)
          LOG.warning("A text reply could not be handled yet: " + e.getClass().getName());
        } // else another instance recorded it first, and acted on it
      }
    }
    return handed;
  }
}
