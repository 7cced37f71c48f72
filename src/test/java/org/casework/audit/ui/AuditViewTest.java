package org.casework.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.casework.audit.AuditService;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 审计日志: the administrator finds recorded events and automatic change records; others cannot read the log. */
class AuditViewTest extends ViewTestBase {

    @Autowired
    AuditService audit;
    @Autowired
    OrgService orgs;

    @Test
    void adminSearchesTheLogAndSeesChineseTimes() {
        signInAs("admin");
        String marker = unique("导出台账-");
        audit.record("导出", "OrgUnit", 42, marker);

        AuditView view = open("admin/audit", AuditView.class);
        assertThat(GridKt._size(view.grid)).isPositive();
        _setValue(view.search, marker);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "time")).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(GridKt._getFormatted(view.grid, 0, "user")).isEqualTo("admin");
        assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("导出");
        assertThat(GridKt._getFormatted(view.grid, 0, "entityType")).isEqualTo("机构");
        assertThat(GridKt._getFormatted(view.grid, 0, "entityId")).isEqualTo("42");
        assertThat(GridKt._getFormatted(view.grid, 0, "detail")).isEqualTo(marker);
    }

    @Test
    void changesToRecordsAppearWithoutAnyoneWritingThem() {
        signInAs("admin");
        String code = unique("A-");
        OrgRef org = orgs.create(new OrgCommand(code, "审计测试中队", orgs.requireByCode("320599").id(), OrgType.SQUAD, null, null, true));
        orgs.update(org.id(), new OrgCommand(code, "审计测试中队（改名）", org.parentId(), OrgType.SQUAD, null, null, true));

        AuditView view = open("admin/audit", AuditView.class);
        _setValue(view.search, "审计测试中队（改名）");

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("修改");
        assertThat(GridKt._getFormatted(view.grid, 0, "entityId")).isEqualTo(String.valueOf(org.id()));
        assertThat(GridKt._getFormatted(view.grid, 0, "detail")).contains("审计测试中队 → 审计测试中队（改名）");
    }

    @Test
    void onlyAdministratorsMayReadTheLog() {
        signInAs("leader");
        assertThatThrownBy(() -> audit.latest(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(null)).isInstanceOf(AccessDeniedException.class);
    }
}
