/**
 * The station's service points (police rooms, campus and chat police rooms, self-service and pre-
 * acceptance points, service centres): what each offers, when it is open, and how many residents a
 * slot takes.
 */
package org.fengqiao.citizen.servicepoint;
