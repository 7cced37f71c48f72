package org.casework.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void datesInEveryForm() throws Exception {
        LocalDate may31 = LocalDate.of(2020, 5, 31);
        assertThat(Cells.date("2020-05-31", false)).isEqualTo(may31);
        assertThat(Cells.date("2020/5/31", false)).isEqualTo(may31);
        assertThat(Cells.date("2020/05/31", false)).isEqualTo(may31);
        assertThat(Cells.date("2020-5-31", false)).isEqualTo(may31);
        assertThat(Cells.date("2020/5/31 0:00", false)).isEqualTo(may31);
        assertThat(Cells.date("2020-05-31 14:30:00", false)).isEqualTo(may31);
        // an Excel date serial in a workbook number cell (43982 = 2020-05-31)
        assertThat(Cells.date("43982", true)).isEqualTo(may31);
        assertThat(Cells.date("43982.5", true)).isEqualTo(may31);
    }

    @Test
    void malformedDatesAreRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> Cells.date("2020.05.31", false)).hasMessageContaining("应写作 2020-05-31 或 2020/5/31");
        assertThatThrownBy(() -> Cells.date("2020-05/31", false)).hasMessageContaining("不是有效的日期");
        assertThatThrownBy(() -> Cells.date("2020年5月31日", false)).hasMessageContaining("不是有效的日期");
        assertThatThrownBy(() -> Cells.date("2021-02-29", false)).hasMessageContaining("日历上没有这一天");
        assertThatThrownBy(() -> Cells.date("2020-13-01", false)).hasMessageContaining("日历上没有这一天");
        assertThatThrownBy(() -> Cells.date("0202-05-31", false)).hasMessageContaining("年份");
        // a number is a serial only in a workbook number cell, never in CSV text
        assertThatThrownBy(() -> Cells.date("43982", false)).hasMessageContaining("不是有效的日期");
        assertThatThrownBy(() -> Cells.date("2020-05-31;2020-06-01", false)).hasMessageContaining("只能填写一个日期");
    }

    @Test
    void severalDatesSeparatedBySemicolons() throws Exception {
        assertThat(Cells.dates("2020-05-31;2020/6/2", false))
                .containsExactly(LocalDate.of(2020, 5, 31), LocalDate.of(2020, 6, 2));
        assertThat(Cells.dates("2020-05-31； 2020-06-02;", false)).hasSize(2);
        assertThat(Cells.dates("2020-05-31", false)).containsExactly(LocalDate.of(2020, 5, 31));
        assertThatThrownBy(() -> Cells.dates("2020-05-31;2020-06-31", false))
                .hasMessageContaining("“2020-06-31”").hasMessageContaining("日历上没有这一天");
        assertThatThrownBy(() -> Cells.dates("2020-05-31、2020-06-02", false)).hasMessageContaining("分号");
    }

    @Test
    void amountsInYuanWithAtMostTwoDecimals() throws Exception {
        assertThat(Cells.amount("52600", false)).isEqualTo(new BigDecimal("52600.00"));
        assertThat(Cells.amount("52600.00", false)).isEqualTo(new BigDecimal("52600.00"));
        assertThat(Cells.amount("0.5", false)).isEqualTo(new BigDecimal("0.50"));
        assertThat(Cells.amount("0", false)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Cells.amount("52600.5", true)).isEqualTo(new BigDecimal("52600.50"));
        // floating-point noise of a workbook number cell is not a third decimal
        assertThat(Cells.amount("0.30000000000000004", true)).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void malformedAmountsAreRefused() {
        assertThatThrownBy(() -> Cells.amount("52,600", false)).hasMessageContaining("千位分隔符");
        assertThatThrownBy(() -> Cells.amount("52，600", false)).hasMessageContaining("千位分隔符");
        assertThatThrownBy(() -> Cells.amount("-50", false)).hasMessageContaining("负数");
        assertThatThrownBy(() -> Cells.amount("50.123", false)).hasMessageContaining("最多两位小数");
        assertThatThrownBy(() -> Cells.amount("50.123", true)).hasMessageContaining("最多两位小数");
        assertThatThrownBy(() -> Cells.amount("50元", false)).hasMessageContaining("不是有效的金额");
        assertThatThrownBy(() -> Cells.amount("¥50", false)).hasMessageContaining("不是有效的金额");
        assertThatThrownBy(() -> Cells.amount(".5", false)).hasMessageContaining("不是有效的金额");
        assertThatThrownBy(() -> Cells.amount("1000000000000", false)).hasMessageContaining("过大");
    }

    @Test
    void yesNoAndIntegers() throws Exception {
        assertThat(Cells.yesNo("是")).isTrue();
        assertThat(Cells.yesNo("否")).isFalse();
        assertThatThrownBy(() -> Cells.yesNo("Y")).hasMessageContaining("“是”或“否”");
        assertThatThrownBy(() -> Cells.yesNo("有")).hasMessageContaining("空白视为否");
        assertThat(Cells.integer("30")).isEqualTo(30);
        assertThat(Cells.integer("0")).isZero();
        assertThatThrownBy(() -> Cells.integer("-1")).hasMessageContaining("整数");
        assertThatThrownBy(() -> Cells.integer("1.5")).hasMessageContaining("整数");
        assertThatThrownBy(() -> Cells.integer("三十")).hasMessageContaining("整数");
    }

    @Test
    void listsSeparatedByEnumerationCommaOrSemicolon() {
        assertThat(Cells.list("罗华轩、陈兰轩;徐建霞")).containsExactly("罗华轩", "陈兰轩", "徐建霞");
        assertThat(Cells.list("警告； 罚款、、")).containsExactly("警告", "罚款");
        assertThat(Cells.list("罚款、罚款")).containsExactly("罚款");
        assertThat(Cells.list("张三")).isEqualTo(List.of("张三"));
    }
}
