/**
 * The embedded demo: seeds practices, people and keys when demo.enabled is true. May call every
 * feature's control.
 */
package uk.practiceconnect.demo;
