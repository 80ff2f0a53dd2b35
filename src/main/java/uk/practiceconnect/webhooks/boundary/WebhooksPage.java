package uk.practiceconnect.webhooks.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;
import uk.practiceconnect.webhooks.control.WebhookEndpoints;
import uk.practiceconnect.webhooks.entity.EventType;
import uk.practiceconnect.webhooks.entity.WebhookDelivery;
import uk.practiceconnect.webhooks.entity.WebhookEndpoint;

/**
 * The practice's Webhooks page: add an endpoint (its secret shown once, with a Copy button), remove
 * one, rotate its secret, switch a switched-off one back on, and see an endpoint's deliveries and
 * resend one.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "webhookForm";

  /** One endpoint, as the table shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String url;
    private final String events;
    private final boolean enabled;
    private final String disabledReason;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant oldSecretUntil;

    Row(WebhookEndpoint e) {
      this.id = e.publicId();
      this.url = e.url();
      this.events = e.eventTypes().stream().map(EventType::wire).collect(Collectors.joining(", "));
      this.enabled = e.enabled();
      this.disabledReason = e.disabledReason().orElse(null);
      this.createdAt = e.createdAt();
      this.createdBy = e.createdBy();
      this.oldSecretUntil = e.oldSecretUntil().filter(Instant.now()::isBefore).orElse(null);
    }

    public String getId() {
      return id;
    }

    public String getUrl() {
      return url;
    }

    public String getEvents() {
      return events;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public String getDisabledReason() {
      return disabledReason;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }

    public String getCreatedBy() {
      return createdBy;
    }

    public Instant getOldSecretUntil() {
      return oldSecretUntil;
    }
  }

  /** One delivery of the endpoint shown. */
  public static final class DeliveryRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String type;
    private final String messageId;
    private final Instant occurredAt;
    private final String status;
    private final int tries;
    private final Instant lastTryAt;
    private final String lastAnswer;
    private final boolean resendable;

    DeliveryRow(WebhookDelivery d) {
      this.id = d.id();
      this.type = d.event().type().wire();
      this.messageId = d.event().messageId();
      this.occurredAt = d.event().occurredAt();
      this.status =
          switch (d.state()) {
            case PENDING -> d.tries() == 0 ? "Waiting" : "Retrying";
            case SENDING -> "Sending";
            case DELIVERED -> "Delivered";
            case FAILED -> "Failed";
          };
      this.tries = d.tries();
      this.lastTryAt = d.lastTryAt().orElse(null);
      this.lastAnswer =
          d.lastStatus()
              .map(s -> "HTTP " + s)
              .orElse(d.lastError().orElse(d.tries() == 0 ? "Not tried yet" : "No answer"));
      this.resendable = WebhookEndpoints.finished(d);
    }

    public long getId() {
      return id;
    }

    public String getType() {
      return type;
    }

    public String getMessageId() {
      return messageId;
    }

    public Instant getOccurredAt() {
      return occurredAt;
    }

    public String getStatus() {
      return status;
    }

    public String getStatusTag() {
      return switch (status) {
        case "Delivered" -> "tag-ok";
        case "Failed" -> "tag-bad";
        case "Retrying" -> "tag-warn";
        default -> "tag-none";
      };
    }

    public int getTries() {
      return tries;
    }

    public Instant getLastTryAt() {
      return lastTryAt;
    }

    public String getLastAnswer() {
      return lastAnswer;
    }

    public boolean isResendable() {
      return resendable;
    }
  }

  @Inject WebhookEndpoints endpoints;
  @Inject CurrentPractice current;

  private List<Row> rows = List.of();
  private List<DeliveryRow> deliveries = List.of();
  private String shownEndpoint;
  private String url;
  private List<String> events = new ArrayList<>();
  private String secretValue;
  private String secretFor;

  public void load() {
    if (current.getId() == null) {
      return;
    }
    refresh();
  }

  private void refresh() {
    rows = endpoints.list(current.practice()).stream().map(Row::new).toList();
    if (shownEndpoint != null) {
      try {
        deliveries =
            endpoints.deliveries(current.practice(), shownEndpoint).stream()
                .map(DeliveryRow::new)
                .toList();
      } catch (DomainException e) {
        shownEndpoint = null;
        deliveries = List.of();
      }
    }
  }

  public void add() {
    forgetSecret();
    try {
      var made = endpoints.register(current.caller(), current.forChange(), url, events);
      secretValue = made.secret().value();
      secretFor = made.endpoint().url();
      url = null;
      events = new ArrayList<>();
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void remove(String id) {
    forgetSecret();
    try {
      var e = endpoints.remove(current.caller(), current.forChange(), id);
      if (id.equals(shownEndpoint)) {
        shownEndpoint = null;
        deliveries = List.of();
      }
      FacesErrors.success(FORM, "Removed " + e.url() + ": nothing more is sent to it.");
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void rotate(String id) {
    forgetSecret();
    try {
      var made = endpoints.rotate(current.caller(), current.forChange(), id);
      secretValue = made.secret().value();
      secretFor = made.endpoint().url();
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void switchOn(String id) {
    forgetSecret();
    try {
      var e = endpoints.switchOn(current.caller(), current.forChange(), id);
      FacesErrors.success(FORM, e.url() + " is switched on again.");
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public void showDeliveries(String id) {
    forgetSecret();
    shownEndpoint = id;
    refresh();
  }

  public void resend(long deliveryId) {
    forgetSecret();
    try {
      endpoints.resend(current.caller(), current.forChange(), shownEndpoint, deliveryId);
      FacesErrors.success(FORM, "Queued again: it goes within seconds.");
      refresh();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  /** A secret is shown in answer to Add or Rotate only, never after the next action. */
  private void forgetSecret() {
    secretValue = null;
    secretFor = null;
  }

  public List<SelectItem> getEventChoices() {
    return Arrays.stream(EventType.values())
        .map(t -> new SelectItem(t.wire(), t.wire() + " — " + t.description()))
        .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<DeliveryRow> getDeliveries() {
    return deliveries;
  }

  public String getShownUrl() {
    return rows.stream()
        .filter(r -> r.getId().equals(shownEndpoint))
        .map(Row::getUrl)
        .findFirst()
        .orElse(null);
  }

  public String getShownEndpoint() {
    return shownEndpoint;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEvents() {
    return events;
  }

  public void setEvents(List<String> events) {
    this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
  }

  public String getSecretValue() {
    return secretValue;
  }

  public String getSecretFor() {
    return secretFor;
  }
}
