package org.casework.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.casework.party.PartyKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settings and hearing thresholds the steps read are kept in the reference cache; a change an
 * administrator saves (or drops) applies to the very next read, in its own organisation and below.
 */
class EnforcementSettingsServiceTest extends WorkflowTestBase {

    @Autowired
    EnforcementSettingsService settings;

    @Test
    void aSavedSettingAppliesAtOnceDespiteTheCache() {
        as("admin");
        long district = orgs.requireByCode("320599").id();
        long street = orgs.requireByCode("320599001").id();
        ProcedureSettings before = settings.effective(district);
        ProcedureSettings streetBefore = settings.effective(street);
        try {
            settings.save(district, withDefenceDays(before, before.defenceDays() + 2));
            assertThat(settings.effective(district).defenceDays()).isEqualTo(before.defenceDays() + 2);
            if (streetBefore.inherited()) {
                assertThat(settings.effective(street).defenceDays()).as("inherited by the street").isEqualTo(before.defenceDays() + 2);
            }
            settings.reset(district);
            assertThat(settings.effective(district).inherited()).as("own row dropped: an ancestor's or the legal defaults").isTrue();
        } finally {
            settings.save(district, before);
        }
        assertThat(settings.effective(district).defenceDays()).isEqualTo(before.defenceDays());
    }

    @Test
    void aSavedThresholdAppliesAtOnceDespiteTheCache() {
        as("admin");
        long street = orgs.requireByCode("320599001").id();
        String field = "缓存测试领域";
        BigDecimal general = settings.thresholdFor(street, PartyKind.PERSON, field).fineAmount();
        HearingThresholdRow own = settings.saveThreshold(new HearingThresholdRow(null, street, PartyKind.PERSON, field,
                new BigDecimal("1234"), new BigDecimal("1234"), "测试依据"));
        try {
            assertThat(settings.thresholdFor(street, PartyKind.PERSON, field).fineAmount()).isEqualByComparingTo("1234");
            assertThat(settings.thresholdFor(street, PartyKind.PERSON, " " + field + " ").fineAmount())
                    .as("the field as typed, trimmed").isEqualByComparingTo("1234");
        } finally {
            settings.deleteThreshold(own.id());
        }
        assertThat(settings.thresholdFor(street, PartyKind.PERSON, field).fineAmount()).isEqualByComparingTo(general);
    }

    private static ProcedureSettings withDefenceDays(ProcedureSettings s, int days) {
        return new ProcedureSettings(s.sourceOrgId(), s.inherited(), days, s.hearingRequestDays(), s.publicationDays(),
                s.reconsiderationBody(), s.court(), s.paymentAccount(), s.contactPerson(), s.contactPhone(), s.contactAddress());
    }
}
