package uk.practiceconnect.practice.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.AuditEntry;

/**
 * The audit trail as a lazy table: the database pages and filters, the page only shows. On a
 * practice page it is that practice's trail; on the support desk's page, everyone's.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;
  @Inject CurrentPractice current;

  private final LazyDataModel<AuditEntry> entries = new Entries();

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  private AuditTrail.Query query(Map<String, FilterMeta> filterBy) {
    FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    String text =
        global == null || global.getFilterValue() == null
            ? null
            : global.getFilterValue().toString();
    if (current.getId() == null && !current.caller().isPlatformAdmin()) {
      throw new IllegalStateException("only the support desk reads every practice's trail");
    }
    return new AuditTrail.Query(current.getId(), text);
  }

  private final class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, trail.count(query(filterBy)));
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.page(query(filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }
  }
}
