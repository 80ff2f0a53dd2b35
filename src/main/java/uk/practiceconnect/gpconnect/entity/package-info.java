/** GP Connect: the practice's provider settings and the values they hold. */
package uk.practiceconnect.gpconnect.entity;
