package org.casework.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casework.base.Labelled;
import org.casework.ledger.read.LedgerRow;

/**
 * Reads the typed values of one ledger row. Every problem is collected with its column, so that a
 * row with three mistakes gets three messages; a value in error reads as null (or false, or empty).
 */
final class RowParser {

    private final LedgerRow row;
    private final Predicate<String> knownOrgCode;
    private final List<LedgerError> errors = new ArrayList<>();

    RowParser(LedgerRow row, Predicate<String> knownOrgCode) {
        this.row = row;
        this.knownOrgCode = knownOrgCode;
    }

    LedgerRow row() {
        return row;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<LedgerError> errors() {
        return errors;
    }

    void error(String column, String message) {
        errors.add(new LedgerError(row.sheet().title(), row.number(), column, message));
    }

    /** Text, trimmed; null when empty. */
    String text(String header) {
        String value = present(header);
        if (value == null) {
            return null;
        }
        LedgerColumn column = row.sheet().requireColumn(header);
        if (row.isNumberCell(header) && value.matches("\\d{16,}")) {
            error(header, header + "“" + value + "”以数字格式保存，超过 15 位的数字已被 Excel 改动，请把该列设为文本格式后重新填写");
            return null;
        }
        if (column.maxLength() > 0 && value.codePointCount(0, value.length()) > column.maxLength()) {
            error(header, header + "过长：最多 " + column.maxLength() + " 个字，现有 " + value.codePointCount(0, value.length()) + " 个字");
            return null;
        }
        return value;
    }

    /** The code of an organisation that exists (in the system, or created earlier in this file). */
    String orgCode(String header) {
        String code = text(header);
        if (code != null && !knownOrgCode.test(code)) {
            error(header, header + "“" + code + "”：机构代码不存在（须为系统中已有的机构，或在本文件的“组织机构”“调解组织”表中列出）");
            return null;
        }
        return code;
    }

    LocalDate date(String header) {
        String value = present(header);
        if (value == null) {
            return null;
        }
        try {
            return Cells.date(value, row.isNumberCell(header));
        } catch (Cells.Invalid e) {
            error(header, header + "“" + value + "”" + e.getMessage());
            return null;
        }
    }

    /** Several dates separated by ;, in the order written; empty when the cell is empty. */
    List<LocalDate> dates(String header) {
        String value = present(header);
        if (value == null) {
            return List.of();
        }
        try {
            return Cells.dates(value, row.isNumberCell(header));
        } catch (Cells.Invalid e) {
            error(header, header + "“" + value + "”：" + e.getMessage());
            return List.of();
        }
    }

    BigDecimal amount(String header) {
        String value = present(header);
        if (value == null) {
            return null;
        }
        try {
            return Cells.amount(value, row.isNumberCell(header));
        } catch (Cells.Invalid e) {
            error(header, header + "“" + value + "”：" + e.getMessage());
            return null;
        }
    }

    /** 是 / 否; an empty cell is 否. */
    boolean yesNo(String header) {
        String value = present(header);
        if (value == null) {
            return false;
        }
        try {
            return Cells.yesNo(value);
        } catch (Cells.Invalid e) {
            error(header, header + "“" + value + "”" + e.getMessage());
            return false;
        }
    }

    Integer integer(String header) {
        String value = present(header);
        if (value == null) {
            return null;
        }
        try {
            return Cells.integer(value);
        } catch (Cells.Invalid e) {
            error(header, header + "“" + value + "”" + e.getMessage());
            return null;
        }
    }

    /** One value of a Chinese-labelled enum (简易 → SIMPLE). */
    <E extends Enum<E> & Labelled> E choice(String header, Class<E> type) {
        return lookup(header, text -> Labelled.fromLabel(type, text));
    }

    /** One value, found by {@code lookup} (null: not allowed); the message lists the column's allowed values. */
    <T> T lookup(String header, Function<String, T> lookup) {
        String value = present(header);
        if (value == null) {
            return null;
        }
        T found = lookup.apply(value);
        if (found == null) {
            error(header, header + "“" + value + "”不是允许的值，应为：" + row.sheet().requireColumn(header).allowedText());
        }
        return found;
    }

    /** One of the column's allowed values, as text (纠纷类别). */
    String allowedText(String header) {
        List<String> allowed = row.sheet().requireColumn(header).allowed();
        return lookup(header, text -> allowed.contains(text) ? text : null);
    }

    /** Several values of a Chinese-labelled enum, separated by 、 or ;. */
    <E extends Enum<E> & Labelled> List<E> choices(String header, Class<E> type) {
        String value = present(header);
        if (value == null) {
            return List.of();
        }
        List<E> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String item : Cells.list(value)) {
            E e = Labelled.fromLabel(type, item);
            if (e == null) {
                unknown.add(item);
            } else if (!found.contains(e)) {
                found.add(e);
            }
        }
        if (!unknown.isEmpty()) {
            error(header, header + "中的“" + String.join("、", unknown) + "”不是允许的值，应为以下一项或多项（以 、 或 ; 分隔）："
                    + row.sheet().requireColumn(header).allowedText());
            return List.of();
        }
        return found;
    }

    /** Names separated by 、 or ;. */
    List<String> names(String header) {
        String value = present(header);
        if (value == null) {
            return List.of();
        }
        List<String> names = Cells.list(value);
        int max = row.sheet().requireColumn(header).maxLength();
        String joined = String.join("、", names);
        if (max > 0 && joined.length() > max) {
            error(header, header + "过长：合计最多 " + max + " 个字");
            return List.of();
        }
        if (names.isEmpty() && row.sheet().requireColumn(header).required()) {
            error(header, header + "不能为空（必填）");
        }
        return names;
    }

    /** The cell's text, or null when empty; an empty required cell is an error. */
    private String present(String header) {
        String value = row.value(header);
        if (value == null && row.sheet().requireColumn(header).required()) {
            error(header, header + "不能为空（必填）");
        }
        return value;
    }
}
