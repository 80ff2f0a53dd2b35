package uk.practiceconnect.gpconnect.entity;

import java.util.Optional;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * Where one practice's GP Connect calls go: the provider's endpoint, the provider's ASID (the
 * {@code Ssp-To} header) and the practice's ODS code at the provider (the {@code searchFilter} of
 * slot searches and the organisation looked up by the connection test); and, when a member of staff
 * made the call happen, who they are (the token's requesting practitioner).
 */
public record GpConnectTarget(
    ProviderEndpoint endpoint, Asid providerAsid, OdsCode providerOds, Requester askedBy) {

  public GpConnectTarget(ProviderEndpoint endpoint, Asid providerAsid, OdsCode providerOds) {
    this(endpoint, providerAsid, providerOds, null);
  }

  /** The same target, for calls this member of staff makes happen (none: Practice Connect's). */
  public GpConnectTarget askedBy(Optional<Requester> staff) {
    return new GpConnectTarget(endpoint, providerAsid, providerOds, staff.orElse(null));
  }

  public Optional<Requester> requester() {
    return Optional.ofNullable(askedBy);
  }
}
