package org.casework.enforcement;

import java.util.Collection;
import java.util.Comparator;
import org.casework.base.Labelled;

/**
 * Penalty types of 行政处罚法 第九条, in the order of severity used by the statistics (figures.md):
 * a decision counts once, under its heaviest type; OTHER only when no listed type is present.
 */
public enum PenaltyType implements Labelled {
    OTHER("其他"),
    WARNING("警告"),
    CIRCULATED_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATION("没收"),
    LICENCE_SUSPENDED("暂扣许可证件"),
    QUALIFICATION_LOWERED("降低资质等级"),
    BUSINESS_RESTRICTED("限制开展生产经营活动"),
    PRODUCTION_SUSPENDED("责令停产停业"),
    CLOSURE("责令关闭"),
    PRACTICE_RESTRICTED("限制从业"),
    LICENCE_REVOKED("吊销许可证件"),
    DETENTION("行政拘留");

    private final String label;

    PenaltyType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The heaviest of the types (declaration order is the severity order), or null for none. */
    public static PenaltyType heaviest(Collection<PenaltyType> types) {
        return types.stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
