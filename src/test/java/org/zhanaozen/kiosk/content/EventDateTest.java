package org.zhanaozen.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void day() {
        EventDate date = EventDate.parse("2011-12-16");
        assertThat(date.precision()).isEqualTo(EventDate.Precision.DAY);
        assertThat(date.start()).isEqualTo(date.end()).isEqualTo(LocalDate.of(2011, 12, 16));
        assertThat(date.isPoint()).isTrue();
    }

    @Test
    void month() {
        EventDate date = EventDate.parse("2012-02");
        assertThat(date.precision()).isEqualTo(EventDate.Precision.MONTH);
        assertThat(date.start()).isEqualTo(LocalDate.of(2012, 2, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void rangeOfMonths() {
        EventDate date = EventDate.parse("2011-05/2011-12");
        assertThat(date.precision()).isEqualTo(EventDate.Precision.MONTH_RANGE);
        assertThat(date.start()).isEqualTo(LocalDate.of(2011, 5, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void year() {
        EventDate date = EventDate.parse("2013");
        assertThat(date.precision()).isEqualTo(EventDate.Precision.YEAR);
        assertThat(date.start()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(date.end()).isEqualTo(LocalDate.of(2013, 12, 31));
    }

    @Test
    void impossibleDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventDate.parse("2013-02-30"))
                .withMessageStartingWith("\"2013-02-30\" is not a real date");
    }

    @Test
    void malformedMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventDate.parse("2013-13"))
                .withMessageStartingWith("\"2013-13\" is not a real date");
        assertThatIllegalArgumentException().isThrownBy(() -> EventDate.parse("16.12.2011"))
                .withMessageContaining("use YYYY-MM-DD, YYYY-MM, YYYY-MM/YYYY-MM or YYYY");
    }

    @Test
    void reversedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventDate.parse("2012-10/2012-08"))
                .withMessage("the range \"2012-10/2012-08\" must end after it starts");
    }

    @Test
    void storyOrderPutsADayBeforeTheMonthAndYearThatContainIt() {
        assertThat(EventDate.parse("2011-01-01")).isLessThan(EventDate.parse("2011-01"));
        assertThat(EventDate.parse("2011-01")).isLessThan(EventDate.parse("2011"));
        assertThat(EventDate.parse("2011-12-31")).isGreaterThan(EventDate.parse("2011"));
    }
}
