package org.casework.reporting;

import java.util.Map;

/** Which screen opens a record of a drill-down list (issue 4: every record can be opened by id). */
public final class RecordRoutes {

    private record Kind(String route, String label) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "penalty-case", new Kind("enforcement/cases/", "处罚案件"),
            "inspection", new Kind("enforcement/inspections/", "行政检查"),
            "officer", new Kind("org/officers/", "执法人员"),
            "mediator", new Kind("org/mediators/", "调解员"),
            "reconsideration", new Kind("remedies/reconsiderations/", "行政复议案件"),
            "litigation", new Kind("remedies/litigations/", "行政应诉案件"),
            "dispute", new Kind("mediation/disputes/", "调解案件"),
            "petition", new Kind("petitions/", "信访投诉"),
            "org", new Kind(null, "调解组织"));

    private RecordRoutes() {
    }

    /** e.g. {@code enforcement/cases/42}; null for a kind without its own screen. */
    public static String routeOf(String recordType, long id) {
        Kind kind = KINDS.get(recordType);
        return kind == null || kind.route() == null ? null : kind.route() + id;
    }

    public static String labelOf(String recordType) {
        Kind kind = KINDS.get(recordType);
        return kind == null ? recordType : kind.label();
    }
}
