package org.casework.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.ArrayList;
import java.util.List;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 机构管理 as the administrator: the demo tree, creating a unit through the form, a refused code, a move. */
class OrgAdminViewTest extends ViewTestBase {

    static final String DISTRICT = "320599";
    static final String JD1 = "320599001";
    static final String JD2 = "320599002";

    @Autowired
    OrgService orgs;

    private static List<OrgRef> rows(TreeGrid<OrgRef> tree) {
        List<OrgRef> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(tree); i++) {
            rows.add(GridKt._get(tree, i));
        }
        return rows;
    }

    private static int rowOf(TreeGrid<OrgRef> tree, String code) {
        List<OrgRef> rows = rows(tree);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    @Test
    void adminSeesTheWholeTreeExpanded() {
        signInAs("admin");
        OrgAdminView view = open("admin/orgs", OrgAdminView.class);

        assertThat(rows(view.tree)).extracting(OrgRef::code).contains(DISTRICT, JD1, JD2, "320599001-ZF", "320599-MT");
        int squad = rowOf(view.tree, "320599001-ZF");
        assertThat(GridKt._getFormatted(view.tree, squad, "name")).isEqualTo("东湖街道综合行政执法队");
        assertThat(GridKt._getFormatted(view.tree, squad, "type")).isEqualTo("执法大队");
        assertThat(GridKt._getFormatted(view.tree, squad, "active")).isEqualTo("启用");
        assertThat(GridKt._getFormatted(view.tree, rowOf(view.tree, "320599-MT"), "mediationBodyType")).isEqualTo("矛调中心");
        assertThat(view.edit.isEnabled()).as("nothing selected yet").isFalse();
    }

    @Test
    void adminCreatesAUnitUnderTheSelectedOne() {
        signInAs("admin");
        OrgAdminView view = open("admin/orgs", OrgAdminView.class);
        GridKt._selectRow(view.tree, rowOf(view.tree, JD1));

        _click(view.create);
        OrgFormDialog form = _get(OrgFormDialog.class);
        assertThat(form.parent.getValue().code()).as("the selected unit is the default parent").isEqualTo(JD1);
        String code = unique("T-");
        _setValue(form.code, code);
        _setValue(form.name, "东湖街道第二执法中队");
        _setValue(form.type, OrgType.SQUAD);
        _setValue(form.docPrefix, "东二");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withId("org-save")));

        assertThat(form.isOpened()).isFalse();
        OrgRef created = orgs.requireByCode(code);
        OrgRef jd1 = orgs.requireByCode(JD1);
        assertThat(created.parentId()).isEqualTo(jd1.id());
        assertThat(created.treePath()).isEqualTo(jd1.treePath() + created.id() + "/");
        assertThat(created.docPrefix()).isEqualTo("东二");
        assertThat(view.tree.asSingleSelect().getValue()).isEqualTo(created);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("已保存机构") && t.contains(code));
    }

    @Test
    void aDuplicateCodeIsRefusedOnTheCodeField() {
        signInAs("admin");
        OrgAdminView view = open("admin/orgs", OrgAdminView.class);

        _click(view.create);
        OrgFormDialog form = _get(OrgFormDialog.class);
        _setValue(form.code, JD1);
        _setValue(form.name, "重复代码的机构");
        _setValue(form.type, OrgType.STREET);
        form.save();

        assertThat(form.isOpened()).as("the dialog stays open").isTrue();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("机构代码已存在：" + JD1);
        assertThat(notificationTexts()).contains("机构代码已存在：" + JD1);
    }

    @Test
    void editKeepsTheParentAndChangesTheName() {
        OrgRef unit = orgs.create(new OrgCommand(unique("E-"), "待改名中队", orgs.requireByCode(JD2).id(), OrgType.SQUAD, null, null, true));
        signInAs("admin");
        OrgAdminView view = open("admin/orgs", OrgAdminView.class);
        GridKt._selectRow(view.tree, rowOf(view.tree, unit.code()));

        _click(view.edit);
        OrgFormDialog form = _get(OrgFormDialog.class);
        assertThat(form.parent.isReadOnly()).isTrue();
        _setValue(form.name, "西山街道执法中队");
        _setValue(form.active, false);
        form.save();

        OrgRef saved = orgs.get(unit.id());
        assertThat(saved.name()).isEqualTo("西山街道执法中队");
        assertThat(saved.active()).isFalse();
        assertThat(saved.parentId()).isEqualTo(unit.parentId());
        assertThat(GridKt._getFormatted(view.tree, rowOf(view.tree, unit.code()), "active")).isEqualTo("停用");
    }

    @Test
    void moveTakesTheSubtreeToTheNewParent() {
        OrgRef jd1 = orgs.requireByCode(JD1);
        OrgRef jd2 = orgs.requireByCode(JD2);
        OrgRef unit = orgs.create(new OrgCommand(unique("M-"), "搬迁中队", jd1.id(), OrgType.SQUAD, null, null, true));
        OrgRef child = orgs.create(new OrgCommand(unique("MC-"), "搬迁中队一组", unit.id(), OrgType.OTHER, null, null, true));
        signInAs("admin");
        OrgAdminView view = open("admin/orgs", OrgAdminView.class);
        GridKt._selectRow(view.tree, rowOf(view.tree, unit.code()));

        _click(view.move);
        OrgMoveDialog dialog = _get(OrgMoveDialog.class);
        assertThat(dialog.target.getValue()).isEqualTo(jd1);
        assertThat(dialog.target.getListDataView().getItems()).as("not below itself").doesNotContain(unit, child);
        _setValue(dialog.target, jd2);
        dialog.save();

        OrgRef moved = orgs.get(unit.id());
        assertThat(moved.parentId()).isEqualTo(jd2.id());
        assertThat(moved.treePath()).isEqualTo(jd2.treePath() + unit.id() + "/");
        assertThat(orgs.get(child.id()).treePath()).isEqualTo(moved.treePath() + child.id() + "/");
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("已移动机构"));
    }
}
