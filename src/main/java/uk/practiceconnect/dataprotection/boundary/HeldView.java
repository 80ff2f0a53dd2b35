package uk.practiceconnect.dataprotection.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.practiceconnect.dataprotection.entity.HeldData;
import uk.practiceconnect.dataprotection.entity.HeldSection;

/** What is held, for the page: getters, because pages cannot read records. */
public final class HeldView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Table> tables = new ArrayList<>();
  private final int total;
  private final boolean optedOut;

  HeldView(HeldData data) {
    data.sections().forEach(s -> tables.add(new Table(s)));
    total = data.total();
    optedOut = data.optedOut();
  }

  public List<Table> getTables() {
    return tables;
  }

  public int getTotal() {
    return total;
  }

  public boolean isOptedOut() {
    return optedOut;
  }

  /** One table's rows. */
  public static final class Table implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final String about;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(HeldSection s) {
      name = s.table();
      about = s.about();
      for (Map<String, String> row : s.rows()) {
        List<Cell> cells = new ArrayList<>();
        row.forEach((column, value) -> cells.add(new Cell(column, value)));
        rows.add(cells);
      }
    }

    public String getName() {
      return name;
    }

    public String getAbout() {
      return about;
    }

    public int getCount() {
      return rows.size();
    }

    public List<List<Cell>> getRows() {
      return rows;
    }
  }

  /** One column of one row; empty columns say so. */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String column;
    private final String value;

    Cell(String column, String value) {
      this.column = column;
      this.value = value;
    }

    public String getColumn() {
      return column;
    }

    public String getValue() {
      return value == null || value.isEmpty() ? "(empty)" : value;
    }
  }
}
