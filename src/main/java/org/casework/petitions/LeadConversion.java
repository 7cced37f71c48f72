package org.casework.petitions;

/**
 * What the clerk chooses when turning a petition into an enforcement lead (转为执法线索); the rest comes from
 * the petition (party, summary, the petition number as the lead's source reference).
 *
 * @param orgId             the enforcement organisation (执法主体) that checks the lead: in the clerk's scope, not a
 *                          mediation body
 * @param cause             案由; blank: the petition's subject
 * @param enforcementField  执法领域, optional
 * @param petitionerIsParty the petitioner is the party of the lead; false when the petition complains about someone
 *                          else, who the officers find out in the lead check
 */
public record LeadConversion(Long orgId, String cause, String enforcementField, boolean petitionerIsParty) {
}
