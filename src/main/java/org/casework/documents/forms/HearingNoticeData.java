package org.casework.documents.forms;

import static org.casework.documents.forms.Rules.PENALTY_LAW;
import static org.casework.documents.forms.Rules.required;

import java.time.LocalDateTime;
import java.util.List;
import org.casework.documents.ChineseFormats;
import org.casework.documents.DocumentContent;
import org.casework.documents.DocumentData;
import org.casework.documents.DocumentType;

/**
 * 听证通知书: time and place of the hearing, served at least seven working days before it (the feature
 * service checks the date against the work calendar), who presides, whether it is public, and the
 * party's rights (第六十四条).
 */
public record HearingNoticeData(
        PartyInfo party,
        String caseName,
        LocalDateTime hearingAt,
        String place,
        String presider,
        List<String> hearingOfficers,
        String clerk,
        boolean publicHearing,
        String notPublicReason,
        String contactPerson,
        String contactPhone) implements DocumentData {

    private static final String SOURCE = PENALTY_LAW + "第六十四条";

    public HearingNoticeData {
        Rules.party(party, "当事人", SOURCE);
        required(caseName, "案由", SOURCE);
        required(hearingAt, "听证时间", SOURCE);
        required(place, "听证地点", SOURCE);
        required(presider, "听证主持人", SOURCE);
        hearingOfficers = Rules.optional(hearingOfficers);
        if (!publicHearing) {
            required(notPublicReason, "不公开听证的理由", SOURCE + "（涉及国家秘密、商业秘密或者个人隐私）");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.HEARING_NOTICE;
    }

    @Override
    public DocumentContent toContent() {
        String you = party.you();
        String staff = "听证主持人：" + presider
                + (hearingOfficers.isEmpty() ? "" : "，听证员：" + String.join("、", hearingOfficers))
                + (clerk == null || clerk.isBlank() ? "" : "，记录员：" + clerk);
        return DocumentContent.builder(type())
                .line(party.name(), "")
                .paragraph("根据" + you + "的申请，本机关定于" + ChineseFormats.numericDateTime(hearingAt) + "在" + place + "就" + caseName
                        + "一案" + (publicHearing ? "公开" : "不公开") + "举行听证" + (publicHearing ? "" : "（理由：" + notPublicReason + "）")
                        + "。" + staff + "。")
                .paragraph(you + "可以亲自参加听证，也可以委托一至二人代理。委托代理人参加听证的，应当在听证开始前向本机关提交由" + you
                        + "签名或者盖章的授权委托书。")
                .paragraph(you + "认为听证主持人与本案有直接利害关系的，有权申请回避，并应当说明理由。")
                .paragraph("请" + you + "携带身份证明和有关证据材料准时参加听证。" + you
                        + "无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。")
                .lineIfPresent("联系人", contactPerson)
                .lineIfPresent("联系电话", contactPhone)
                .seal()
                .sign("当事人（签收）", "")
                .note("依据" + SOURCE + "，本通知书应当于举行听证的七日前送达当事人。")
                .build();
    }
}
