package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonTest {

    @ParameterizedTest
    @CsvSource({
        "Vladimir Kozlov, VK",
        "'  roza   tuletaeva ', RT",
        "Aidos Sadykov Junior Second, ASJ",
        "Zhanbolat, Z",
        "Ёлка Жаналыков, ЁЖ",
    })
    void initials(String name, String initials) {
        Person person = new Person("x", name, name, Set.of(), null, null, null, null, null, List.of());
        assertThat(person.initials()).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource({
        "Strike leader., Strike leader. Spoke to journalists., Spoke to journalists.",
        "Strike leader., Spoke to journalists., Spoke to journalists.",
        "Strike leader., Strike leaders met., Strike leaders met.",
        "Strike leader, Strike leaders met., Strike leaders met.",
        "'', Spoke to journalists., Spoke to journalists.",
    })
    void storyAfterRoleDropsTheRoleOnlyWhereTheStoryOpensWithIt(String role, String story, String shown) {
        Person person = new Person("x", "X", "X", Set.of(), role, story, null, null, null, List.of());
        assertThat(person.storyAfterRole()).isEqualTo(shown);
    }
}
