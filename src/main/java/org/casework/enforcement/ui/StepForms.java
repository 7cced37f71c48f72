package org.casework.enforcement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.casework.base.ui.Formats;
import org.casework.base.ui.Notifier;
import org.casework.documents.forms.LegalReviewData;
import org.casework.documents.forms.ReviewConclusion;
import org.casework.enforcement.CaseOfficer;
import org.casework.enforcement.CaseOfficerRole;
import org.casework.enforcement.CaseWork;
import org.casework.enforcement.CaseWork.OpenStep;
import org.casework.enforcement.ClosingReason;
import org.casework.enforcement.EnforcementWorkflowService;
import org.casework.enforcement.EvidenceEntry;
import org.casework.enforcement.EvidenceKind;
import org.casework.enforcement.NoPenaltyReason;
import org.casework.enforcement.NotFilingReason;
import org.casework.enforcement.PenaltyOutcome;
import org.casework.enforcement.Preservation;
import org.casework.enforcement.PreservationDecision;
import org.casework.enforcement.Recusal;
import org.casework.enforcement.PenaltyType;
import org.casework.enforcement.Proposal;
import org.casework.enforcement.ProposedPenalty;
import org.casework.enforcement.ReceiverAnswer;
import org.casework.enforcement.ServiceMethod;
import org.casework.enforcement.WorkflowCommands;
import org.casework.enforcement.process.CriminalTransferProcedure;
import org.casework.enforcement.process.GeneralPenaltyProcedure;
import org.casework.enforcement.process.PublicationWithdrawal;
import org.casework.enforcement.process.SimplePenaltyProcedure;
import org.casework.party.PartyKind;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;

/**
 * The form of each workflow step on the case's work page. A form only collects what the officer enters
 * and calls the one service method of the step; the service checks role, scope and the legal gates, and
 * its refusal (naming the rule and article) is shown as an error notification by the UI setup.
 */
final class StepForms {

    private final EnforcementWorkflowService workflow;
    private final OfficerService officers;
    private final Clock clock;
    private final Runnable reload;
    private final HearingForms hearing;

    StepForms(EnforcementWorkflowService workflow, OfficerService officers, Clock clock, Runnable reload) {
        this.workflow = workflow;
        this.officers = officers;
        this.clock = clock;
        this.reload = reload;
        this.hearing = new HearingForms(workflow, officers, clock, reload);
    }

    /** The form of the step, or null when the step has no form on this screen. */
    Component formFor(OpenStep step, CaseWork work) {
        long id = work.record().id();
        String key = step.task().definitionKey();
        String process = step.task().processDefinitionKey();
        if (CriminalTransferProcedure.KEY.equals(process)) {
            return switch (key) {
                case CriminalTransferProcedure.TASK_DECIDE_TRANSFER -> decideTransfer(id);
                case CriminalTransferProcedure.TASK_TRANSFER_CASE -> transfer(id);
                case CriminalTransferProcedure.TASK_RECORD_RECEIVER_ANSWER -> receiverAnswer(id);
                default -> null;
            };
        }
        if (PublicationWithdrawal.KEY.equals(process)) {
            return PublicationWithdrawal.TASK_WITHDRAW_PUBLICATION.equals(key) ? withdraw(id) : null;
        }
        if (SimplePenaltyProcedure.KEY.equals(process)) {
            return switch (key) {
                case SimplePenaltyProcedure.TASK_HAND_OVER_FINE -> dayForm(id, "hand-over", "交纳日期", "登记已交纳",
                        d -> workflow.handOverFine(id, d));
                case SimplePenaltyProcedure.TASK_FILE_WITH_AGENCY -> dayForm(id, "agency-filing", "备案日期", "登记已备案",
                        d -> workflow.fileWithAgency(id, d));
                case SimplePenaltyProcedure.TASK_COLLECT_PAYMENT -> payment(id);
                default -> null;
            };
        }
        return switch (key) {
            case GeneralPenaltyProcedure.TASK_CHECK_LEAD -> checkLead(id, work);
            case GeneralPenaltyProcedure.TASK_APPROVE_FILING -> approveFiling(id, work);
            case GeneralPenaltyProcedure.TASK_INVESTIGATE_CASE -> investigate(id);
            case GeneralPenaltyProcedure.TASK_REPORT_INVESTIGATION, GeneralPenaltyProcedure.TASK_REVISE_REPORT -> report(id);
            case GeneralPenaltyProcedure.TASK_REVIEW_LEGALITY, GeneralPenaltyProcedure.TASK_REVIEW_CASE -> review(id);
            case GeneralPenaltyProcedure.TASK_APPROVE_PROPOSAL -> approveProposal(id);
            case GeneralPenaltyProcedure.TASK_NOTIFY_PARTY -> dayForm(id, "notice", "告知书送达日期", "登记告知书已送达",
                    d -> workflow.notifyParty(id, new WorkflowCommands.NoticeService(d)));
            case GeneralPenaltyProcedure.TASK_HEAR_PARTY -> hearParty(id);
            case GeneralPenaltyProcedure.TASK_SCHEDULE_HEARING -> hearing.schedule(id, work);
            case GeneralPenaltyProcedure.TASK_HOLD_HEARING -> hearing.hold(id, work);
            case GeneralPenaltyProcedure.TASK_REVIEW_STATEMENTS -> hearing.reviewStatements(id, work);
            case GeneralPenaltyProcedure.TASK_DISCUSS_CASE -> hearing.discuss(id);
            case GeneralPenaltyProcedure.TASK_DECIDE_PRESERVED_EVIDENCE -> decidePreservation(id, work);
            case GeneralPenaltyProcedure.TASK_DECIDE_RECUSAL -> decideRecusal(id, work);
            case GeneralPenaltyProcedure.TASK_DECIDE_CASE -> decide(id);
            case GeneralPenaltyProcedure.TASK_SERVE_DECISION -> serve(id);
            case GeneralPenaltyProcedure.TASK_PUBLISH_DECISION -> dayForm(id, "publication", "公开日期", "登记已公开",
                    d -> workflow.publish(id, new WorkflowCommands.Publication(d)));
            case GeneralPenaltyProcedure.TASK_COLLECT_PAYMENT -> payment(id);
            case GeneralPenaltyProcedure.TASK_REMIND_PARTY -> dayForm(id, "reminder", "催告书送达日期", "登记已催告",
                    d -> workflow.remind(id, new WorkflowCommands.Reminder(d)));
            case GeneralPenaltyProcedure.TASK_APPLY_FOR_COURT_ENFORCEMENT -> courtApplication(id);
            case GeneralPenaltyProcedure.TASK_APPROVE_CLOSING -> closing(id);
            case GeneralPenaltyProcedure.TASK_ARCHIVE_CASE -> action("archive", "立卷归档（生成全案卷宗）", () -> workflow.archive(id), "已归档");
            default -> null;
        };
    }

    // ---- lead and filing ----

    private Component checkLead(long id, CaseWork work) {
        TextArea result = new TextArea("核查情况");
        TextField violation = new TextField("涉嫌违反的规定");
        DatePicker actDate = Formats.datePicker("违法行为日期");
        actDate.setValue(work.procedure().actDate());
        TextField actPlace = new TextField("违法行为地点");
        actPlace.setValue(Objects.requireNonNullElse(work.procedure().actPlace(), ""));
        Checkbox serious = new Checkbox("涉及公民生命健康安全、金融安全且有危害后果（追责时效五年）");
        ComboBox<PartyKind> kind = Pickers.labelled("当事人类型", PartyKind.class);
        TextField party = new TextField("当事人");
        TextField idNumber = new TextField("证件号码");
        TextField address = new TextField("当事人地址");
        if (work.procedure().partyKnown()) {
            kind.setValue(work.record().form().partyKind());
            party.setValue(work.record().form().partyName());
        }
        ComboBox<NotFilingReason> notFiling = Pickers.labelled("不予立案理由", NotFilingReason.class);
        FormLayout form = new FormLayout(result, violation, actDate, actPlace, kind, party, idNumber, address, serious, notFiling);
        form.setColspan(result, 2);
        WorkflowCommands.PartyDetails[] details = new WorkflowCommands.PartyDetails[1];
        Runnable read = () -> details[0] = party.getValue().isBlank() ? null
                : new WorkflowCommands.PartyDetails(kind.getValue(), party.getValue(), idNumber.getValue(), address.getValue(), null, null);
        Button file = submit("check-lead-file", "核查完毕，建议立案", () -> {
            read.run();
            workflow.checkLead(id, new WorkflowCommands.LeadCheck(result.getValue(), violation.getValue(), actDate.getValue(),
                    actPlace.getValue(), serious.getValue(), details[0], true, null));
        }, "核查结果已提交，待负责人审批立案");
        Button dont = submit("check-lead-not-file", "建议不予立案", () -> {
            read.run();
            workflow.checkLead(id, new WorkflowCommands.LeadCheck(result.getValue(), violation.getValue(), actDate.getValue(),
                    actPlace.getValue(), serious.getValue(), details[0], false, notFiling.getValue()));
        }, "核查结果已提交");
        dont.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(form, new HorizontalLayout(file, dont));
    }

    private Component approveFiling(long id, CaseWork work) {
        List<OfficerRef> onDuty = officers.onDuty(work.record().form().orgId());
        MultiSelectComboBox<OfficerRef> team = Pickers.officers("承办人员（两名以上，持有效执法证）", onDuty);
        ComboBox<OfficerRef> handler = Pickers.officer("主办人员", onDuty);
        TextField opinion = new TextField("审批意见");
        ComboBox<NotFilingReason> notFiling = Pickers.labelled("不予立案理由", NotFilingReason.class);
        Button file = submit("approve-filing", "批准立案", () -> {
            List<CaseOfficer> chosen = new ArrayList<>();
            if (handler.getValue() != null) {
                chosen.add(new CaseOfficer(handler.getValue().id(), CaseOfficerRole.HANDLER));
            }
            team.getSelectedItems().stream().filter(o -> handler.getValue() == null || !o.id().equals(handler.getValue().id()))
                    .forEach(o -> chosen.add(new CaseOfficer(o.id(), CaseOfficerRole.ASSISTANT)));
            workflow.decideFiling(id, new WorkflowCommands.FilingDecision(true, chosen, opinion.getValue(), null));
        }, "已批准立案，办案期限开始计算");
        Button dont = submit("refuse-filing", "不予立案", () -> workflow.decideFiling(id,
                new WorkflowCommands.FilingDecision(false, null, opinion.getValue(), notFiling.getValue())), "已决定不予立案");
        dont.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(handler, team, opinion, notFiling), new HorizontalLayout(file, dont));
    }

    // ---- investigation and report ----

    private Component investigate(long id) {
        ComboBox<EvidenceKind> kind = Pickers.labelled("证据种类", EvidenceKind.class);
        TextField title = new TextField("证据名称");
        DatePicker takenOn = Formats.datePicker("取证日期");
        takenOn.setValue(LocalDate.now(clock));
        TextField description = new TextField("证据说明");
        Button add = submit("add-evidence", "登记证据", () -> workflow.addEvidence(id,
                new EvidenceEntry(kind.getValue(), title.getValue(), takenOn.getValue(), description.getValue())), "证据已登记");
        add.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button finish = submit("finish-investigation", "调查终结", () -> workflow.finishInvestigation(id), "调查已终结，请撰写调查终结报告");
        return new VerticalLayout(new FormLayout(kind, title, takenOn, description), new HorizontalLayout(add, finish));
    }

    /** 先行登记保存的处理决定 within 7 working days; one task per preservation, the pending ones offered. */
    private Component decidePreservation(long id, CaseWork work) {
        List<Preservation> pending = work.preservations().stream().filter(p -> p.decision() == null).toList();
        ComboBox<Preservation> which = new ComboBox<>("登记保存的物品");
        which.setItems(pending);
        which.setItemLabelGenerator(p -> Formats.date(p.preservedOn()) + " " + p.items() + "（期限 " + Formats.date(p.decideBy()) + "）");
        which.setValue(pending.isEmpty() ? null : pending.get(0));
        ComboBox<PreservationDecision> decision = new ComboBox<>("处理决定");
        decision.setItems(Arrays.stream(PreservationDecision.values()).filter(d -> d != PreservationDecision.LAPSED).toList());
        decision.setItemLabelGenerator(PreservationDecision::label);
        TextField note = new TextField("处理说明");
        return new VerticalLayout(new FormLayout(which, decision, note), submit("decide-preservation", "作出处理决定",
                () -> workflow.decidePreservation(id, new WorkflowCommands.PreservationOutcome(which.getValue() == null ? 0L : which.getValue().id(),
                        decision.getValue(), note.getValue())), "处理决定已登记"));
    }

    /** The head decides a recusal request; granting it names the officer who takes over. */
    private Component decideRecusal(long id, CaseWork work) {
        List<Recusal> pending = work.recusals().stream().filter(r -> r.granted() == null).toList();
        Set<Long> onCase = work.record().form().officers().stream().map(CaseOfficer::officerId).collect(Collectors.toSet());
        List<OfficerRef> onDuty = officers.onDuty(work.record().form().orgId());
        Map<Long, OfficerRef> byId = CaseRegisters.byId(onDuty);
        ComboBox<Recusal> which = new ComboBox<>("回避申请");
        which.setItems(pending);
        which.setItemLabelGenerator(r -> (byId.containsKey(r.officerId()) ? byId.get(r.officerId()).name() : "执法人员" + r.officerId())
                + "：" + r.reason());
        which.setValue(pending.isEmpty() ? null : pending.get(0));
        ComboBox<OfficerRef> replacement = Pickers.officer("接替的承办人员（决定回避时）",
                onDuty.stream().filter(o -> !onCase.contains(o.id())).toList());
        Button grant = submit("grant-recusal", "决定回避", () -> workflow.decideRecusal(id, new WorkflowCommands.RecusalDecision(
                which.getValue() == null ? 0L : which.getValue().id(), true, replacement.getValue() == null ? null : replacement.getValue().id())),
                "已决定回避，承办人员已更换");
        Button refuse = submit("refuse-recusal", "驳回申请", () -> workflow.decideRecusal(id, new WorkflowCommands.RecusalDecision(
                which.getValue() == null ? 0L : which.getValue().id(), false, null)), "回避申请已驳回");
        refuse.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(which, replacement), new HorizontalLayout(grant, refuse));
    }

    private Component report(long id) {
        TextArea facts = new TextArea("违法事实");
        TextArea evidence = new TextArea("证据");
        TextField violated = new TextField("违反的规定");
        TextField basis = new TextField("处罚依据");
        TextField discretion = new TextField("裁量情节");
        ComboBox<Proposal> proposal = Pickers.labelled("处理意见", Proposal.class);
        proposal.setValue(Proposal.PENALTY);
        PenaltyFields penalty = new PenaltyFields();
        ComboBox<NoPenaltyReason> noPenalty = Pickers.labelled("不予处罚理由", NoPenaltyReason.class);
        TextField transferOrgan = new TextField("移送机关");
        Checkbox complex = new Checkbox("案情复杂或者有重大违法行为（须集体讨论）");
        TextField reviewGrounds = new TextField("须法制审核的情形（《行政处罚法》第五十八条，无则留空）");
        FormLayout form = new FormLayout(facts, evidence, violated, basis, discretion, proposal, penalty.fine, penalty.warning,
                noPenalty, transferOrgan, reviewGrounds, complex);
        Button submit = submit("submit-report", "提交调查终结报告", () -> workflow.submitReport(id,
                new WorkflowCommands.InvestigationReport(facts.getValue(), evidence.getValue(), violated.getValue(), basis.getValue(),
                        discretion.getValue(), proposal.getValue(), penalty.items(), noPenalty.getValue(), transferOrgan.getValue(),
                        complex.getValue(), reviewGrounds.getValue())), "调查终结报告已提交审核");
        return new VerticalLayout(form, submit);
    }

    private Component review(long id) {
        ComboBox<ReviewConclusion> opinion = new ComboBox<>("审核意见");
        opinion.setItems(ReviewConclusion.values());
        opinion.setItemLabelGenerator(ReviewConclusion::label);
        opinion.setValue(ReviewConclusion.AGREE);
        TextArea subject = new TextArea("执法主体与程序");
        TextArea facts = new TextArea("事实、证据与法律适用");
        TextField reasons = new TextField("理由（建议纠正或补充调查时填写）");
        Button submit = submit("submit-review", "提交审核意见", () -> workflow.review(id, new WorkflowCommands.Review(opinion.getValue(),
                List.of(new LegalReviewData.Finding("执法主体与程序", subject.getValue()),
                        new LegalReviewData.Finding("事实、证据与法律适用", facts.getValue())), reasons.getValue())), "审核意见已提交");
        return new VerticalLayout(new FormLayout(opinion, reasons, subject, facts), submit);
    }

    private Component approveProposal(long id) {
        TextField opinion = new TextField("审批意见");
        opinion.setValue("同意");
        return new VerticalLayout(opinion, submit("approve-proposal", "批准处理意见", () -> workflow.approveProposal(id, opinion.getValue()),
                "已批准，请送达事先告知书"));
    }

    // ---- statement, defence, decision ----

    private Component hearParty(long id) {
        DatePicker on = Formats.datePicker("日期");
        on.setValue(LocalDate.now(clock));
        TextField content = new TextField("陈述申辩内容 / 放弃说明");
        Button statement = submit("record-statement", "登记陈述申辩", () -> workflow.recordStatement(id,
                new WorkflowCommands.StatementReceived(on.getValue(), content.getValue())), "陈述申辩已登记");
        Button hearing = submit("record-hearing-request", "登记听证申请", () -> workflow.recordHearingRequest(id,
                new WorkflowCommands.HearingRequest(on.getValue())), "听证申请已登记");
        Button waiver = submit("record-waiver", "当事人书面放弃", () -> workflow.waiveRights(id,
                new WorkflowCommands.Waiver(on.getValue(), content.getValue())), "已登记书面放弃");
        Button close = submit("close-windows", "期限届满，结束听取", () -> workflow.closeRightsWindows(id), "陈述申辩期限已结束");
        statement.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hearing.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        waiver.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new FormLayout(on, content), new HorizontalLayout(statement, hearing, waiver, close));
    }

    private Component decide(long id) {
        ComboBox<PenaltyOutcome> outcome = Pickers.labelled("决定结果", PenaltyOutcome.class);
        outcome.setValue(PenaltyOutcome.PENALTY);
        PenaltyFields penalty = new PenaltyFields();
        ComboBox<NoPenaltyReason> noPenalty = Pickers.labelled("不予处罚理由", NoPenaltyReason.class);
        TextField transferOrgan = new TextField("移送机关");
        Button submit = submit("decide", "作出决定", () -> workflow.decide(id, new WorkflowCommands.Decision(outcome.getValue(),
                penalty.items(), noPenalty.getValue(), transferOrgan.getValue(), null)), "决定已作出，决定书已编号");
        return new VerticalLayout(new FormLayout(outcome, penalty.fine, penalty.warning, noPenalty, transferOrgan), submit);
    }

    private Component serve(long id) {
        ComboBox<ServiceMethod> method = Pickers.labelled("送达方式", ServiceMethod.class);
        method.setValue(ServiceMethod.IN_PERSON);
        DateTimePicker at = new DateTimePicker("送达时间");
        at.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        Checkbox onTheSpot = new Checkbox("当场交付当事人");
        Checkbox consent = new Checkbox("当事人同意电子送达");
        TextField recipient = new TextField("签收人");
        return new VerticalLayout(new FormLayout(method, at, recipient, onTheSpot, consent), submit("serve", "登记送达",
                () -> workflow.serve(id, new WorkflowCommands.DecisionService(method.getValue(), at.getValue(), onTheSpot.getValue(),
                        consent.getValue(), recipient.getValue(), null, null)), "送达已登记"));
    }

    private Component payment(long id) {
        DatePicker paidOn = Formats.datePicker("缴款日期");
        paidOn.setValue(LocalDate.now(clock));
        BigDecimalField amount = new BigDecimalField("缴纳罚没款（元）");
        BigDecimalField surcharge = new BigDecimalField("缴纳加处罚款（元）");
        surcharge.setValue(BigDecimal.ZERO);
        return new VerticalLayout(new FormLayout(paidOn, amount, surcharge), submit("record-payment", "登记缴款",
                () -> workflow.recordPayment(id, new WorkflowCommands.Payment(paidOn.getValue(), amount.getValue(), surcharge.getValue())),
                "缴款已登记"));
    }

    private Component courtApplication(long id) {
        DatePicker on = Formats.datePicker("申请日期");
        on.setValue(LocalDate.now(clock));
        TextField court = new TextField("人民法院");
        return new VerticalLayout(new FormLayout(on, court), submit("court-application", "登记申请强制执行",
                () -> workflow.applyToCourt(id, new WorkflowCommands.CourtApplication(on.getValue(), court.getValue())), "已登记"));
    }

    private Component closing(long id) {
        ComboBox<ClosingReason> reason = Pickers.labelled("结案情形", ClosingReason.class);
        TextField execution = new TextField("执行情况");
        TextField handler = new TextField("承办人意见");
        TextField head = new TextField("负责人意见");
        head.setValue("同意结案");
        return new VerticalLayout(new FormLayout(reason, execution, handler, head), submit("approve-closing", "批准结案",
                () -> workflow.approveClosing(id, new WorkflowCommands.Closing(reason.getValue(), execution.getValue(), handler.getValue(),
                        head.getValue())), "已结案，请立卷归档"));
    }

    // ---- criminal transfer, withdrawal ----

    private Component decideTransfer(long id) {
        TextField opinion = new TextField("审批意见");
        Button yes = submit("approve-transfer", "批准移送", () -> workflow.decideTransfer(id,
                new WorkflowCommands.TransferDecision(true, opinion.getValue())), "已批准移送，须在二十四小时内移送");
        Button no = submit("refuse-transfer", "不批准移送", () -> workflow.decideTransfer(id,
                new WorkflowCommands.TransferDecision(false, opinion.getValue())), "已决定不移送");
        no.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(opinion, new HorizontalLayout(yes, no));
    }

    private Component transfer(long id) {
        DateTimePicker at = new DateTimePicker("移送时间");
        at.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        TextField organ = new TextField("接收机关");
        return new VerticalLayout(new FormLayout(at, organ), submit("transfer", "登记已移送",
                () -> workflow.transfer(id, new WorkflowCommands.Transfer(at.getValue(), organ.getValue())), "移送已登记"));
    }

    private Component receiverAnswer(long id) {
        ComboBox<ReceiverAnswer> answer = new ComboBox<>("审查结果");
        answer.setItems(ReceiverAnswer.values());
        answer.setItemLabelGenerator(ReceiverAnswer::label);
        DatePicker on = Formats.datePicker("答复日期");
        on.setValue(LocalDate.now(clock));
        TextField note = new TextField("说明");
        return new VerticalLayout(new FormLayout(answer, on, note), submit("receiver-answer", "登记审查结果",
                () -> workflow.recordReceiverAnswer(id, new WorkflowCommands.ReceiverAnswerEntry(answer.getValue(), on.getValue(),
                        note.getValue())), "审查结果已登记"));
    }

    private Component withdraw(long id) {
        DatePicker on = Formats.datePicker("撤回日期");
        on.setValue(LocalDate.now(clock));
        TextField reason = new TextField("撤回原因");
        return new VerticalLayout(new FormLayout(on, reason), submit("withdraw-publication", "登记已撤回",
                () -> workflow.withdrawPublication(id, on.getValue(), reason.getValue()), "已撤回公开的处罚信息"));
    }

    // ---- helpers ----

    private Component dayForm(long id, String name, String label, String text, java.util.function.Consumer<LocalDate> action) {
        DatePicker day = Formats.datePicker(label);
        day.setValue(LocalDate.now(clock));
        return new VerticalLayout(day, submit(name, text, () -> action.accept(day.getValue()), "已登记"));
    }

    private Component action(String name, String text, Runnable action, String done) {
        return submit(name, text, action, done);
    }

    private Button submit(String name, String text, Runnable action, String done) {
        return ActionButton.primary(name, text, action, done, reload);
    }
}
