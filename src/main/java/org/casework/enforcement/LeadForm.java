package org.casework.enforcement;

import java.time.LocalDate;
import org.casework.party.PartyKind;

/**
 * A lead for the general procedure (线索), from a patrol, a complaint, a transfer or a petition. The
 * party may still be unknown (kind and name empty) until filing.
 *
 * @param leadSource      e.g. 日常巡查, 投诉举报, 信访投诉, 部门移送, 上级交办
 * @param sourceReference e.g. the petition number it came from
 * @param actDate         the act, or the end of a continuing act, if known (limitation, 第三十六条)
 */
public record LeadForm(
        Long orgId,
        String leadSource,
        LocalDate leadDate,
        PartyKind partyKind,
        String partyName,
        String partyIdNumber,
        String partyAddress,
        String partyPhone,
        String cause,
        String summary,
        String sourceReference,
        LocalDate actDate,
        String actPlace,
        String enforcementField) {
}
