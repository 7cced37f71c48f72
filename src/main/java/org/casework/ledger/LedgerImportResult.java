package org.casework.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What an import did: per sheet present, how many records it created, updated and left unchanged;
 * or, when anything was wrong, the errors (at most {@link #MAX_LISTED_ERRORS} of them listed,
 * {@code errorCount} in all), and then nothing was imported.
 */
public record LedgerImportResult(List<SheetCount> sheets, List<LedgerError> errors, int errorCount, boolean aborted) {

    public static final int MAX_LISTED_ERRORS = 1000;

    public record SheetCount(String sheet, int created, int updated, int unchanged) {
        public int rows() {
            return created + updated + unchanged;
        }
    }

    public LedgerImportResult {
        sheets = List.copyOf(sheets);
        errors = List.copyOf(errors);
    }

    /** True when the whole file was valid and has been imported. */
    public boolean accepted() {
        return errorCount == 0;
    }

    /** Records created, per sheet (the API's "imported"). */
    public Map<String, Integer> imported() {
        return bySheet(SheetCount::created);
    }

    public Map<String, Integer> updated() {
        return bySheet(SheetCount::updated);
    }

    public Map<String, Integer> unchanged() {
        return bySheet(SheetCount::unchanged);
    }

    private Map<String, Integer> bySheet(ToIntFunction<SheetCount> count) {
        Map<String, Integer> map = new LinkedHashMap<>();
        sheets.forEach(s -> map.put(s.sheet(), count.applyAsInt(s)));
        return map;
    }

    /** One line for the import history and the audit log. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (accepted()) {
            for (SheetCount s : sheets) {
                append(sb, s.sheet() + " 新增 " + s.created() + "、更新 " + s.updated() + "、未变 " + s.unchanged());
            }
            return sb.isEmpty() ? "文件中没有数据" : sb.toString();
        }
        sb.append(aborted ? "导入中止，" : "").append("共 ").append(errorCount).append(" 处错误，未导入任何数据");
        if (!errors.isEmpty()) {
            LedgerError first = errors.get(0);
            sb.append("；第一处：").append(first.sheet());
            if (first.row() != null) {
                sb.append(" 第 ").append(first.row()).append(" 行");
            }
            if (first.column() != null) {
                sb.append(" ").append(first.column());
            }
            sb.append("：").append(first.message());
        }
        return sb.length() > 3900 ? sb.substring(0, 3900) + "…" : sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (!sb.isEmpty()) {
            sb.append("；");
        }
        sb.append(part);
    }
}
