package uk.practiceconnect.sandbox.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.practiceconnect.sandbox.notify.entity.SmsTemplate;

/**
 * The templates the sandbox knows, from configuration (one per service it stands in for), whose
 * body is {@code ((body))} by default, so the application can send a text it rendered itself.
 */
@ApplicationScoped
public class Templates {

  @Inject NotifyConfig config;

  private List<SmsTemplate> templates;
  private Instant createdAt;

  @PostConstruct
  void init() {
    templates = config.templates();
    createdAt = Instant.now();
  }

  /** When the template came to be: the sandbox made it when it started. */
  public Instant createdAt() {
    return createdAt;
  }

  public Optional<SmsTemplate> find(UUID id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
