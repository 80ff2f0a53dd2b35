/** The kinds of data with a retention period, and the periods configured. */
package uk.practiceconnect.retention.entity;
