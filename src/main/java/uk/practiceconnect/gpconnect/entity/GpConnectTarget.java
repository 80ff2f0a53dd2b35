package uk.practiceconnect.gpconnect.entity;

import uk.practiceconnect.practice.entity.OdsCode;

/**
 * Where one practice's GP Connect calls go: the provider's endpoint, the provider's ASID (the
 * {@code Ssp-To} header) and the practice's ODS code at the provider (the {@code searchFilter} of
 * slot searches and the organisation looked up by the connection test).
 */
public record GpConnectTarget(ProviderEndpoint endpoint, Asid providerAsid, OdsCode providerOds) {}
