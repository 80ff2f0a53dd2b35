/**
 * What the sandbox EMIS holds per organisation (CDB): JPA entities in the {@code sbx_emis_} tables,
 * value objects such as {@link uk.practiceconnect.sandbox.emis.entity.NhsNumber}, and the outcome
 * vocabulary of the partner API. Depends on nothing else in the application.
 */
package uk.practiceconnect.sandbox.emis.entity;
