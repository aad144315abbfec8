package org.fengqiao.events.citizen;

import org.fengqiao.events.PlatformEvent;

/** Events published on {@code citizen.events}. They carry references, never personal data. */
public sealed interface CitizenEvent extends PlatformEvent permits ServicePointRegistered, HomeVisitFindingHandedOverAsDispute {
}
