package org.casework.ledger;

import java.util.List;

/**
 * One column of a ledger sheet: its Chinese header, whether it is required (*), how its cells are
 * written, and, for choices, the allowed values. The same definition drives the parser, the error
 * messages and the template's instructions.
 */
public record LedgerColumn(String header, boolean required, Kind kind, int maxLength, List<String> allowed) {

    /** How the cells of a column are written. */
    public enum Kind {
        TEXT("文本"),
        CODE("机构代码"),
        ORG_CODE("机构代码（须已存在）"),
        DATE("日期，如 2020-05-31 或 2020/5/31"),
        DATES("一个或多个日期，以英文分号 ; 分隔"),
        AMOUNT("金额（元），最多两位小数，不带千位分隔符"),
        YES_NO("是 / 否（空白为否）"),
        INTEGER("非负整数"),
        CHOICE("下列值之一"),
        CHOICES("下列值中的一个或多个，以 、 或 ; 分隔"),
        NAMES("一个或多个名称，以 、 或 ; 分隔");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public LedgerColumn {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    static LedgerColumn text(String header, int maxLength) {
        return new LedgerColumn(header, false, Kind.TEXT, maxLength, null);
    }

    static LedgerColumn code(String header) {
        return new LedgerColumn(header, false, Kind.CODE, 40, null);
    }

    static LedgerColumn org(String header) {
        return new LedgerColumn(header, false, Kind.ORG_CODE, 40, null);
    }

    static LedgerColumn date(String header) {
        return new LedgerColumn(header, false, Kind.DATE, 0, null);
    }

    static LedgerColumn dates(String header) {
        return new LedgerColumn(header, false, Kind.DATES, 0, null);
    }

    static LedgerColumn amount(String header) {
        return new LedgerColumn(header, false, Kind.AMOUNT, 0, null);
    }

    static LedgerColumn yesNo(String header) {
        return new LedgerColumn(header, false, Kind.YES_NO, 0, List.of("是", "否"));
    }

    static LedgerColumn integer(String header) {
        return new LedgerColumn(header, false, Kind.INTEGER, 0, null);
    }

    static LedgerColumn choice(String header, List<String> allowed) {
        return new LedgerColumn(header, false, Kind.CHOICE, 0, allowed);
    }

    static LedgerColumn choices(String header, List<String> allowed) {
        return new LedgerColumn(header, false, Kind.CHOICES, 0, allowed);
    }

    static LedgerColumn names(String header, int maxLength) {
        return new LedgerColumn(header, false, Kind.NAMES, maxLength, null);
    }

    /** The same column, marked required (*). */
    LedgerColumn req() {
        return new LedgerColumn(header, true, kind, maxLength, allowed);
    }

    /** The allowed values as written in messages: “简易、一般”. */
    public String allowedText() {
        return String.join("、", allowed);
    }

    public boolean isDate() {
        return kind == Kind.DATE || kind == Kind.DATES;
    }
}
