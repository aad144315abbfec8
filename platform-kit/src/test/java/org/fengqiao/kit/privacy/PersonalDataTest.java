package org.fengqiao.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void id_card_and_phone_numbers_in_free_text_are_masked() {
        assertThat(PersonalData.mask("自称公安，身份证号110101199003071234，电话13812345678，要求转账"))
                .isEqualTo("自称公安，身份证号" + PersonalData.ID_NUMBER + "，电话" + PersonalData.PHONE_NUMBER + "，要求转账");
        assertThat(PersonalData.mask("call +86 138-1234-5678 or 139 1234 5678; ID 11010119900307123X"))
                .isEqualTo("call " + PersonalData.PHONE_NUMBER + " or " + PersonalData.PHONE_NUMBER + "; ID " + PersonalData.ID_NUMBER);
    }

    @Test
    void numbers_that_are_neither_are_left_alone() {
        String text = "Flat 3-1203, 40 workers, 3 months, order 20261130000123, case 123456789012, tel. 010-12345678";
        assertThat(PersonalData.mask(text)).isEqualTo(text);
        assertThat(PersonalData.holdsAny(text)).isFalse();
    }

    @Test
    void in_an_event_only_free_text_is_masked_never_an_id_or_a_reference() {
        String json = """
                {"disputeId":"d13812345678","reporter":{"personId":"IV-0007"},"parties":[{"name":"Li, 13812345678","role":"tenant"}],\
                "description":"ID 110101199003071234","citizenRef":"CZ-13812345678","peopleInvolved":2}""";

        String masked = PersonalData.maskJson(json);

        assertThat(masked).contains("\"disputeId\":\"d13812345678\"", "\"citizenRef\":\"CZ-13812345678\"",
                "\"name\":\"Li, " + PersonalData.PHONE_NUMBER + "\"", "\"description\":\"ID " + PersonalData.ID_NUMBER + "\"",
                "\"peopleInvolved\":2");
        assertThat(PersonalData.maskJson("{\"description\":\"nothing personal\"}")).isEqualTo("{\"description\":\"nothing personal\"}");
    }

    @Test
    void the_quick_answer_for_text_without_a_long_row_of_digits_never_misses_a_number() {
        // every text the patterns would mask, and only those, is said to hold a number: random
        // texts of digits, spaces, dashes, "+86", check characters and words, many of them phone or
        // ID-card numbers written in every way the patterns accept
        Random random = new Random(20261130);
        String[] pieces = {"0", "1", "3", "8", "9", "5", " ", "-", "+86", "X", "x", "a", "号", "，", "19", "20", "0307", "138", "1234"};
        int holding = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String candidate = text.toString();
            boolean masked = !PersonalData.mask(candidate).equals(candidate);
            assertThat(PersonalData.holdsAny(candidate)).as(candidate).isEqualTo(masked);
            holding += masked ? 1 : 0;
        }
        assertThat(holding).as("texts holding a number among those tried").isGreaterThan(300);
    }
}
