package org.casework.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casework.base.RuleViolation;
import org.junit.jupiter.api.Test;

class ImportOrgsTest {

    final OrgService orgs = mock(OrgService.class);
    final OrgRef jd1 = new OrgRef(2L, "JD1", "东湖街道", 1L, OrgType.STREET, null, "/1/2/", null, true);

    @Test
    void aBulkImportLooksEachCodeUpOnce() {
        when(orgs.findByCode("JD1")).thenReturn(Optional.of(jd1));
        List<RuleViolation> v = new ArrayList<>();
        ImportOrgs.cachedDuring(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(ImportOrgs.resolve(orgs, "JD1", "执法主体", v)).isEqualTo(jd1);
                assertThat(ImportOrgs.resolve(orgs, "NOPE", "执法主体", v)).isNull();
            }
            return null;
        });
        verify(orgs, times(1)).findByCode("JD1");
        assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x.message()).isEqualTo("机构代码不存在：NOPE"));
        // outside a bulk import every call looks up again
        ImportOrgs.resolve(orgs, "JD1", "执法主体", v);
        verify(orgs, times(2)).findByCode("JD1");
    }
}
