package org.casework.petitions;

import org.casework.base.Labelled;

/**
 * The time limits of a petition (《信访工作条例》), each in calendar days from its start. When the last
 * day is a day off, the period ends on the next working day (《民法典》第二百零三条: 期间的最后一日是法定休假日的，
 * 以法定休假日结束的次日为期间的最后一日; a weekend made a working day by 调休 is a working day), the rule the
 * register already uses for the 60/90-day limit. The start day itself is not counted (第二百零一条).
 */
public enum PetitionDeadline implements Labelled {
    /** Route the petition and tell the petitioner whether it is accepted (第二十二条). */
    ACKNOWLEDGEMENT("告知期限", 15, "《信访工作条例》第二十二条：收到信访事项之日起15日内转送、交办或告知信访人"),
    /** Close it (第三十四条: 60 days from registration, +30 with approval; the extended end is kept in due_date). */
    CLOSING("办结期限", PetitionRules.REGULAR_DAYS, "《信访工作条例》第三十四条：自受理之日起60日内办结，经批准可延长不超过30日"),
    /** The petitioner may ask the superior body for a review (复查) within 30 days of the reply (第三十五条). */
    REVIEW_REQUEST("复查申请期限", 30, "《信访工作条例》第三十五条：自收到书面答复之日起30日内请求复查"),
    /** The review body answers within 30 days of the request (第三十五条). */
    REVIEW("复查期限", 30, "《信访工作条例》第三十五条：自收到复查请求之日起30日内提出复查意见"),
    /** The petitioner may ask for a re-examination (复核) within 30 days of the review opinion (第三十六条). */
    REEXAMINATION_REQUEST("复核申请期限", 30, "《信访工作条例》第三十六条：自收到书面答复之日起30日内请求复核"),
    /** The re-examining body answers within 30 days of the request (第三十六条). */
    REEXAMINATION("复核期限", 30, "《信访工作条例》第三十六条：自收到复核请求之日起30日内提出复核意见");

    private final String label;
    private final int days;
    private final String basis;

    PetitionDeadline(String label, int days, String basis) {
        this.label = label;
        this.days = days;
        this.basis = basis;
    }

    @Override
    public String label() {
        return label;
    }

    /** The length of the period in calendar days. */
    public int days() {
        return days;
    }

    /** The article the period comes from, quoted on the screens and in refusals. */
    public String basis() {
        return basis;
    }
}
