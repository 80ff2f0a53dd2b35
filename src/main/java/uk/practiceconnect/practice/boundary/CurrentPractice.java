package uk.practiceconnect.practice.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.practice.control.CurrentCaller;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * The practice a practice page is about, from its {@code ?ods=} parameter. A practice admin without
 * the parameter gets their own practice; anyone asking for a practice they may not see gets a plain
 * 404, exactly as for one that does not exist.
 *
 * <pre>
 * &lt;f:viewParam name="ods" value="#{currentPractice.ods}"/&gt;
 * &lt;f:viewAction action="#{currentPractice.load}"/&gt;
 * </pre>
 */
@Named
@ViewScoped
public class CurrentPractice implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentCaller caller;
  @Inject Practices practices;

  private String ods;
  private Long id;
  private String name;

  public void load() throws IOException {
    Caller who = caller.get();
    try {
      Practice practice =
          ods == null || ods.isBlank() ? practices.ownPractice(who) : practices.readable(who, ods);
      this.id = practice.id();
      this.ods = practice.odsCode().value();
      this.name = practice.name().value();
    } catch (DomainException e) {
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      ext.responseSendError(404, e.getMessage());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** The practice, read again and checked against the caller: for actions that change it. */
  public Practice forChange() {
    return practices.writable(caller.get(), ods);
  }

  public Practice practice() {
    return practices.readable(caller.get(), ods);
  }

  public Caller caller() {
    return caller.get();
  }

  public String getOds() {
    return ods;
  }

  public void setOds(String ods) {
    this.ods = ods;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
