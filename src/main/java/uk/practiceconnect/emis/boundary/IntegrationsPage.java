package uk.practiceconnect.emis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.entity.IntegrationState;
import uk.practiceconnect.emis.entity.IntegrationStatusView;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;

/**
 * The support desk's traffic-light table of every practice's EMIS link, not working first. Reads
 * stored statuses only.
 */
@Named
@RequestScoped
public class IntegrationsPage {

  /** One row; a class with getters because pages cannot read record components. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String ods;
    private final String name;
    private final IntegrationState state;
    private final Instant since;
    private final String failingCheck;
    private final Instant lastCheckedAt;

    Row(String ods, String name, IntegrationStatusView v) {
      this.ods = ods;
      this.name = name;
      this.state = v.state();
      this.since = v.since();
      this.failingCheck =
          v.failingCheck() == null
              ? ""
              : v.failingCheck().title() + " (" + v.failingCheck().name() + ")";
      this.lastCheckedAt = v.lastCheckedAt();
    }

    public String getOds() {
      return ods;
    }

    public String getName() {
      return name;
    }

    public String getState() {
      return state.name();
    }

    public String getLabel() {
      return state.label();
    }

    public String getSymbol() {
      return state.symbol();
    }

    /** Not working first, then not set up, then working. */
    public int getStateOrder() {
      return switch (state) {
        case BROKEN -> 0;
        case NOT_CONFIGURED -> 1;
        case OK -> 2;
      };
    }

    public Instant getSince() {
      return since;
    }

    public String getFailingCheck() {
      return failingCheck;
    }

    public Instant getLastCheckedAt() {
      return lastCheckedAt;
    }
  }

  @Inject IntegrationStatus status;
  @Inject Practices practices;
  @Inject CurrentCaller caller;

  @Inject
  @ConfigProperty(name = "emis.status-check.interval-minutes", defaultValue = "15")
  long intervalMinutes;

  private List<Row> rows = List.of();

  @PostConstruct
  void load() {
    rows =
        status.overview(practices.visibleTo(caller.get())).stream()
            .map(
                r ->
                    new Row(
                        r.practice().odsCode().value(), r.practice().name().value(), r.status()))
            .sorted(Comparator.comparingInt(Row::getStateOrder).thenComparing(Row::getOds))
            .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public long count(String state) {
    return rows.stream().filter(r -> r.getState().equals(state)).count();
  }

  public long getIntervalMinutes() {
    return intervalMinutes;
  }
}
