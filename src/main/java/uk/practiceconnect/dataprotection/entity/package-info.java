/** Who a request is about, the practice's erasure decision, what is held and the CSV of it. */
package uk.practiceconnect.dataprotection.entity;
