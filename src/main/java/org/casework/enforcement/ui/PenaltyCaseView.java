package org.casework.enforcement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.Origin;
import org.casework.base.RuleViolation;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.PenaltyCaseDetail;
import org.casework.enforcement.PenaltyCaseForm;
import org.casework.enforcement.PenaltyCaseService;
import org.casework.staff.OfficerService;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;

/**
 * One penalty case on a plain record form ("enforcement/cases/{id}", or ".../new"): every field in the
 * sections of the file, the derived dates, the data-quality notes, and the rules checked on save with
 * each violation shown at its field. Leaders see it read-only.
 */
@Route("enforcement/cases/:caseId")
@PageTitle("处罚案件 · casework")
@RolesAllowed({Role.OFFICER_, Role.LEGAL_REVIEWER_, Role.HEAD_, Role.LEADER_, Role.ADMIN_})
public class PenaltyCaseView extends VerticalLayout implements BeforeEnterObserver {

    private final PenaltyCaseService cases;
    private final UserContext user;
    private final CaseFields fields;
    private final H2 title = new H2();
    private final Div summary = new Div();
    private final Div notes = new Div();
    private final Div problems = new Div();
    private final Button save = new Button("保存");
    private final VerticalLayout content = new VerticalLayout();
    private final Paragraph refusal = new Paragraph();
    private final Button work = new Button("按流程办理");
    private final EnforcementWorkflowService workflow;
    private PenaltyCaseDetail shown;

    public PenaltyCaseView(PenaltyCaseService cases, OfficerService officers, OrgService orgs, CurrentUser current,
                           EnforcementWorkflowService workflow) {
        this.cases = cases;
        this.workflow = workflow;
        this.user = current.get();
        this.fields = new CaseFields(orgs, user.scopeOrgIds(), officers::onDuty);
        addClassName("view-content");
        summary.addClassName("case-summary");
        notes.addClassName("data-quality");
        problems.addClassName("rule-problems");
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button back = new Button("返回案件列表", e -> getUI().ifPresent(ui -> ui.navigate(PenaltyCaseListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.setPadding(false);
        work.setId("open-work");
        work.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("enforcement/work/" + shown.id())));
        content.add(summary, notes, problems, fields, new HorizontalLayout(save, work, back));
        refusal.setVisible(false);
        add(title, refusal, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("caseId").orElse("new");
        refusal.setVisible(false);
        content.setVisible(true);
        problems.removeAll();
        fields.clearViolations();
        try {
            if ("new".equals(id)) {
                showNew();
            } else {
                show(cases.get(Long.parseLong(id)));
            }
        } catch (NumberFormatException | NotFoundException e) {
            refuse("案件不存在：" + id);
        } catch (AccessDeniedException e) {
            refuse(e.getMessage());
        }
    }

    private void showNew() {
        shown = null;
        work.setVisible(false);
        title.setText("新建处罚案件");
        summary.setText("");
        notes.setVisible(false);
        fields.fill(PenaltyCaseForm.blank(user.orgId()), List.of());
        setEditable(cases.mayEdit());
    }

    private void show(PenaltyCaseDetail detail) {
        shown = detail;
        work.setVisible(workflow.isWorkflowCase(detail.id()));
        title.setText("处罚案件 " + detail.form().caseNo());
        summary.removeAll();
        summary.add(fact("状态", detail.status().label()), fact("来源", detail.origin() == Origin.IMPORT ? "台账导入" : "系统登记"),
                fact("最重处罚种类", Pickers.label(detail.heaviestType())), fact("罚没金额", Formats.yuan(detail.penaltyAmount())),
                fact("首次陈述申辩", Formats.date(detail.firstDefenceDate())), fact("办案期限", Formats.date(detail.decisionDueDate())),
                fact("公开期限", Formats.date(detail.publicationDueDate())));
        notes.removeAll();
        notes.setVisible(!detail.dataQualityNotes().isEmpty());
        if (!detail.dataQualityNotes().isEmpty()) {
            UnorderedList list = new UnorderedList();
            detail.dataQualityNotes().forEach(n -> list.add(new ListItem(n)));
            notes.add(new Span("数据质量提示"), list);
        }
        fields.fill(detail.form(), detail.officers());
        setEditable(cases.mayEdit());
    }

    private void save() {
        problems.removeAll();
        fields.clearViolations();
        try {
            PenaltyCaseDetail saved = shown == null ? cases.create(fields.read())
                    : cases.update(shown.id(), shown.version(), fields.read());
            Notifier.success("案件已保存");
            if (shown == null) {
                getUI().ifPresent(ui -> ui.navigate("enforcement/cases/" + saved.id()));
            } else {
                show(saved);
            }
        } catch (BusinessRuleException e) {
            showProblems(e.violations());
            Notifier.error("有 " + e.violations().size() + " 处不符合规则，请按提示修改后再保存");
        }
    }

    private void showProblems(List<RuleViolation> violations) {
        List<RuleViolation> unplaced = fields.showViolations(violations);
        UnorderedList list = new UnorderedList();
        violations.forEach(v -> list.add(new ListItem((v.field() == null ? "" : v.field() + "：") + v.message())));
        problems.add(new Span(unplaced.isEmpty() ? "保存未成功，请修改标红的项目：" : "保存未成功："), list);
    }

    private void setEditable(boolean editable) {
        fields.setReadOnly(!editable);
        save.setVisible(editable);
    }

    private void refuse(String message) {
        title.setText("处罚案件");
        content.setVisible(false);
        refusal.setText(message);
        refusal.setVisible(true);
    }

    private static Span fact(String label, String value) {
        Span span = new Span(label + "：" + (value == null || value.isEmpty() ? "—" : value));
        span.addClassName("fact");
        return span;
    }
}
