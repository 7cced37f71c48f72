package org.casework.petitions;

import java.time.LocalDate;
import org.casework.party.PartyKind;

/**
 * A petition registered by a clerk, which starts its workflow. The petitioner (may be empty for an
 * anonymous complaint) is linked to the party registry by ID number, or by kind and name without one.
 */
public record PetitionRegistration(
        Long orgId,                 // 承办单位 (the registrar's own unit or one below it; may be changed when routing)
        String petitionNo,          // 编号
        String channelCode,         // 渠道
        PartyKind petitionerKind,   // 信访人类型
        String petitionerName,      // 信访人
        String petitionerIdNumber,  // 证件号码
        String subject,             // 事项摘要
        String content,             // 信访内容
        LocalDate registeredDate) { // 登记日期
}
