package org.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "52800, 伍万贰仟捌佰元整",
            "200, 贰佰元整",
            "10, 壹拾元整",
            "15, 壹拾伍元整",
            "1005.07, 壹仟零伍元零柒分",
            "0.5, 伍角整",
            "0.05, 伍分",
            "3000.50, 叁仟元伍角整",
            "100005, 壹拾万零伍元整",
            "1000000, 壹佰万元整",
            "10200000, 壹仟零贰拾万元整",
            "100010000, 壹亿零壹万元整",
            "2030405.60, 贰佰零叁万零肆佰零伍元陆角整",
            "0, 零元整"})
    void moneyInCapitals(String amount, String expected) {
        assertThat(ChineseFormats.capitals(new BigDecimal(amount))).isEqualTo(expected);
    }

    @Test
    void amountAsADecisionStatesIt() {
        assertThat(ChineseFormats.amount(new BigDecimal("52800"))).isEqualTo("人民币伍万贰仟捌佰元整（¥52,800.00）");
    }

    @ParameterizedTest
    @CsvSource({
            "2024-02-04, 二〇二四年二月四日",
            "2020-10-10, 二〇二〇年十月十日",
            "2025-12-31, 二〇二五年十二月三十一日",
            "2024-11-20, 二〇二四年十一月二十日"})
    void datesInChinese(LocalDate date, String expected) {
        assertThat(ChineseFormats.date(date)).isEqualTo(expected);
    }

    @Test
    void numericDatesAndTimes() {
        assertThat(ChineseFormats.numericDate(LocalDate.of(2024, 2, 4))).isEqualTo("2024年2月4日");
        assertThat(ChineseFormats.numericDateTime(LocalDateTime.of(2024, 4, 12, 9, 5))).isEqualTo("2024年4月12日9时05分");
        assertThat(ChineseFormats.small(5)).isEqualTo("五");
        assertThat(ChineseFormats.small(15)).isEqualTo("十五");
        assertThat(ChineseFormats.small(60)).isEqualTo("六十");
        assertThat(ChineseFormats.small(21)).isEqualTo("二十一");
    }

    @Test
    void numbersFollowTheOrgYearAndType() {
        assertThat(DocumentType.PENALTY_DECISION.number("东街", 2024, 12)).isEqualTo("东街罚决字〔2024〕第12号");
    }
}
