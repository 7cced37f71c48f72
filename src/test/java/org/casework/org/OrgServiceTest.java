package org.casework.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casework.base.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree stays consistent: unique codes, an existing parent, no cycles, paths kept on a move. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class OrgServiceTest {

    @Autowired
    OrgService orgs;

    private OrgRef create(String code, String name, OrgRef parent) {
        return orgs.create(new OrgCommand(code, name, parent == null ? null : parent.id(), OrgType.OTHER, null, null, true));
    }

    private static OrgCommand moveTo(OrgRef org, OrgRef parent) {
        return new OrgCommand(org.code(), org.name(), parent == null ? null : parent.id(), org.type(),
                org.mediationBodyType(), org.docPrefix(), org.active());
    }

    @Test
    void aCodeIsUniqueEvenWithSpacesAround() {
        assertThatThrownBy(() -> create(" 320599001 ", "重复", null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("机构代码已存在：320599001")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("code");
        OrgRef a = create("OS-U1", "甲", null);
        assertThatThrownBy(() -> orgs.update(a.id(), new OrgCommand("320599", "甲", null, OrgType.OTHER, null, null, true)))
                .hasMessage("机构代码已存在：320599");
        assertThat(orgs.update(a.id(), new OrgCommand("OS-U1", "甲（改名）", null, OrgType.OTHER, null, null, true)).name())
                .as("keeping its own code is fine").isEqualTo("甲（改名）");
    }

    @Test
    void badInputIsRefusedInChinese() {
        assertThatThrownBy(() -> create("东湖", "甲", null)).hasMessageContaining("机构代码只能由字母、数字");
        assertThatThrownBy(() -> create("", "甲", null)).hasMessage("机构代码不能为空");
        assertThatThrownBy(() -> create("OS-B1", " ", null)).hasMessage("机构名称不能为空");
        assertThatThrownBy(() -> orgs.create(new OrgCommand("OS-B2", "甲", null, null, null, null, true))).hasMessage("请选择机构类型");
        assertThatThrownBy(() -> orgs.create(new OrgCommand("OS-B3", "甲", 999_999L, OrgType.OTHER, null, null, true)))
                .hasMessage("上级机构不存在");
    }

    @Test
    void aUnitCannotMoveBelowItselfOrItsSubtree() {
        OrgRef a = create("OS-C1", "甲", null);
        OrgRef b = create("OS-C2", "乙", a);
        OrgRef c = create("OS-C3", "丙", b);

        assertThatThrownBy(() -> orgs.update(a.id(), moveTo(a, c)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("不能把机构移到它自己或它的下级机构之下");
        assertThatThrownBy(() -> orgs.update(b.id(), moveTo(b, b))).hasMessage("不能把机构移到它自己或它的下级机构之下");
        assertThat(orgs.get(a.id()).parentId()).isNull();
    }

    @Test
    void aMoveRecomputesThePathsOfTheWholeSubtree() {
        OrgRef a = create("OS-M1", "甲", null);
        OrgRef b = create("OS-M2", "乙", a);
        OrgRef c = create("OS-M3", "丙", b);
        OrgRef d = create("OS-M4", "丁", null);
        assertThat(c.treePath()).isEqualTo("/" + a.id() + "/" + b.id() + "/" + c.id() + "/");

        OrgRef moved = orgs.update(b.id(), moveTo(b, d));

        assertThat(moved.treePath()).isEqualTo("/" + d.id() + "/" + b.id() + "/");
        assertThat(orgs.get(c.id()).treePath()).isEqualTo("/" + d.id() + "/" + b.id() + "/" + c.id() + "/");
        assertThat(orgs.subtreeIds(d.id())).containsExactlyInAnyOrder(d.id(), b.id(), c.id());
        assertThat(orgs.subtreeIds(a.id())).containsExactly(a.id());
        assertThat(orgs.get(c.id()).isWithin(orgs.get(d.id()))).isTrue();

        OrgRef top = orgs.update(b.id(), moveTo(orgs.get(b.id()), null));
        assertThat(top.treePath()).isEqualTo("/" + b.id() + "/");
        assertThat(orgs.get(c.id()).treePath()).isEqualTo("/" + b.id() + "/" + c.id() + "/");
        assertThat(orgs.get(c.id()).depth()).isEqualTo(1);
    }

    @Test
    void upsertByCodeTellsCreatedUpdatedAndUnchanged() {
        OrgCommand row = new OrgCommand("OS-X1", "导入的机构", null, OrgType.BUREAU, null, "导", true);
        assertThat(orgs.upsertByCode(row).kind()).isEqualTo(OrgService.Upsert.Kind.CREATED);
        assertThat(orgs.upsertByCode(row).kind()).isEqualTo(OrgService.Upsert.Kind.UNCHANGED);
        assertThat(orgs.upsertByCode(new OrgCommand("OS-X1", "导入的机构（新名）", null, OrgType.BUREAU, null, "导", true)).kind())
                .isEqualTo(OrgService.Upsert.Kind.UPDATED);
    }
}
