/**
 * What the GP Connect stand-in knows: the provider practices and their diaries (configuration),
 * booked appointments (JPA), and the specification's vocabulary: interaction ids, scopes, Spine
 * error codes, slot ids, NHS numbers. Uses nothing else of the sandbox.
 */
package uk.practiceconnect.sandbox.gpconnect.entity;
