package org.fengqiao.citizen.lostfound.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.fengqiao.citizen.lostfound.model.LostItemChanged.LostItemAwaitingOwner;
import org.fengqiao.citizen.lostfound.model.LostItemChanged.LostItemDisposed;
import org.fengqiao.citizen.lostfound.model.LostItemChanged.LostItemReturned;

import org.fengqiao.events.citizen.LostItemKind;
import org.fengqiao.kit.failure.RuleViolatedException;
import org.junit.jupiter.api.Test;

class LostItemTest {

    private static final Instant T = Instant.parse("2026-05-14T03:00:00Z");
    private static final Duration KEEP = Duration.ofDays(90);

    @Test
    void an_item_with_its_owners_card_inside_tells_the_owner_at_once_and_is_returned_to_them_only() {
        LostItem bag = LostItem.receive("i-1", "h-1", LostItemKind.BAG, "Blue bag, student card inside", "Riverside Library duty desk", "PR-01",
                "Maple Court Community Police Room", "CZ-41207", KEEP, T);
        assertThat(bag.snapshot().status()).isEqualTo(LostItem.Status.OWNER_NOTIFIED);
        assertThat(((LostItemAwaitingOwner) bag.raisedEvents().get(0)).keptUntil()).isEqualTo(T.plus(KEEP));

        assertThatThrownBy(() -> bag.returnTo("CZ-99999", "PO-02", T)).isInstanceOf(RuleViolatedException.class);
        bag.returnTo("CZ-41207", "PO-02", T.plus(Duration.ofDays(1)));
        assertThat(bag.raisedEvents().get(1)).isInstanceOf(LostItemReturned.class);
        assertThatThrownBy(() -> bag.dispose("round", T.plus(KEEP))).isInstanceOf(RuleViolatedException.class);
    }

    @Test
    void an_unclaimed_item_is_disposed_of_only_after_its_keeping_time() {
        LostItem cup = LostItem.receive("i-2", "h-1", LostItemKind.CUP, "Green thermos cup", "Riverside Library duty desk", "PR-01",
                "Maple Court Community Police Room", null, KEEP, T);
        assertThat(cup.raisedEvents()).isEmpty();

        assertThatThrownBy(() -> cup.dispose("round", T.plus(KEEP).minusSeconds(1))).isInstanceOf(RuleViolatedException.class);
        assertThatThrownBy(() -> cup.identifyOwner("CZ-1", "Maple Court Community Police Room", T.plus(KEEP)))
                .as("no owner is told to collect it by a date already past").isInstanceOf(RuleViolatedException.class);
        cup.dispose("round", T.plus(KEEP));
        assertThat(cup.snapshot().status()).isEqualTo(LostItem.Status.DISPOSED);
        assertThat(cup.raisedEvents()).singleElement().isInstanceOf(LostItemDisposed.class);
    }
}
