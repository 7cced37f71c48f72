package org.casework.enforcement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.casework.party.PartyKind;

/**
 * An on-the-spot penalty (简易程序, 《行政处罚法》第五十一条至第五十三条): a warning ({@code fine} null)
 * or a fine of at most 200 yuan on a citizen and 3,000 yuan on an organisation; the certificate was
 * shown and the party heard; a fine up to 100 yuan may be collected on the spot.
 */
public record OnTheSpotForm(
        Long orgId,
        PartyKind partyKind,
        String partyName,
        String partyIdNumber,
        String partyAddress,
        String partyPhone,
        String cause,
        String enforcementField,
        LocalDateTime actAt,
        String place,
        String facts,
        String violatedProvision,
        String penaltyBasis,
        BigDecimal fine,
        boolean certificateShown,
        String statementHeard,
        boolean collectedOnTheSpot,
        boolean hardToPayLater,
        List<Long> officerIds) {
}
