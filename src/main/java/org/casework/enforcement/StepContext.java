package org.casework.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.casework.base.BusinessRuleException;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.party.PartyService;
import org.casework.security.Colleagues;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.casework.tasks.TaskInboxService.TaskItem;
import org.springframework.stereotype.Component;

/**
 * What every step needs: the case file, the engine, the timeline, the documents, the clock and the
 * checks shared by the steps (dates, texts, the acting officer's certificate).
 */
@Component
class StepContext {

    final CaseFiles files;
    final CaseProcesses processes;
    final CaseTimeline timeline;
    final CaseDocuments documents;
    final CaseDeadlines deadlines;
    final PenaltyCaseService cases;
    final CurrentUser current;
    final OfficerService officers;
    final Colleagues colleagues;
    final EnforcementSettingsService settings;
    final PartyService parties;
    final OrgService orgs;
    final CaseNumbers numbers;
    final Clock clock;

    StepContext(CaseFiles files, CaseProcesses processes, CaseTimeline timeline, CaseDocuments documents, CaseDeadlines deadlines,
                PenaltyCaseService cases, CurrentUser current, OfficerService officers, Colleagues colleagues,
                EnforcementSettingsService settings, PartyService parties, OrgService orgs, CaseNumbers numbers, Clock clock) {
        this.files = files;
        this.processes = processes;
        this.timeline = timeline;
        this.documents = documents;
        this.deadlines = deadlines;
        this.cases = cases;
        this.current = current;
        this.officers = officers;
        this.colleagues = colleagues;
        this.settings = settings;
        this.parties = parties;
        this.orgs = orgs;
        this.numbers = numbers;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The case, refused outside the user's scope. */
    CaseFile open(long caseId) {
        CaseFile f = files.load(caseId);
        current.requireScope(f.record.orgId);
        return f;
    }

    /** The case for a user holding one of the roles. */
    CaseFile open(long caseId, Role... roles) {
        current.require(roles);
        return open(caseId);
    }

    TaskItem take(CaseFile f, String taskKey, String stepName) {
        return processes.take(f, taskKey, stepName);
    }

    void complete(TaskItem task) {
        processes.complete(task);
    }

    /** Derives the figure columns from the changed case record. */
    void save(CaseFile f) {
        cases.derive(f.record);
    }

    void log(CaseFile f, String step, String action, String detail) {
        timeline.record(f.id(), step, action, detail);
    }

    String prefixOf(long orgId) {
        OrgRef org = orgs.get(orgId);
        return org.docPrefix() == null || org.docPrefix().isBlank() ? org.code() : org.docPrefix();
    }

    /** An on-the-spot case whose process has ended (paid or handed over, and filed) is closed and archived. */
    void closeSimpleIfDone(CaseFile f) {
        if (f.isGeneral() || f.record.closedDate != null || processes.running(f)) {
            return;
        }
        f.record.closedDate = today();
        f.record.archivedDate = f.procedure.filedWithAgencyOn != null ? f.procedure.filedWithAgencyOn : today();
        save(f);
        log(f, "结案", "简易程序案件执行完毕并已备案，结案归档", null);
    }

    // ---- the acting officer ----

    /** The officer record linked to the signed-in user, if any. */
    OfficerRef actingOfficerOrNull() {
        UserContext me = current.get();
        return colleagues.byUsername(me.username()).flatMap(u -> officers.ofUser(u.id())).orElse(null);
    }

    /**
     * The signed-in officer, who must hold a valid enforcement certificate today (《行政处罚法》第四十二条)
     * and, once the case is filed, be one of its handling officers.
     */
    OfficerRef requireCertifiedOfficer(CaseFile f, boolean handlingOfficer) {
        OfficerRef me = actingOfficerOrNull();
        if (me == null) {
            throw new BusinessRuleException("执法人员", "您的登录账号未关联执法人员登记，不能办理行政处罚案件（《行政处罚法》第四十二条：行政处罚应当由具有行政执法资格的执法人员实施）；"
                    + "请系统管理员在“执法人员”中为您关联登录账号");
        }
        if (!me.mayEnforceOn(today())) {
            throw new BusinessRuleException("执法证", "您的执法证已过期、未登记或您已离岗（" + me.label() + "），不能办理行政处罚案件"
                    + "（《行政处罚法》第四十二条：执法人员应当具有行政执法资格）");
        }
        if (handlingOfficer && f != null && f.record.officers.stream().noneMatch(o -> Objects.equals(o.officerId(), me.id()))) {
            throw new BusinessRuleException("承办人员", "您不是本案的承办人员（本案承办人员由立案审批指定，《行政处罚法》第四十二条、"
                    + "《市场监督管理行政处罚程序规定》第十九条），不能办理此项");
        }
        return me;
    }

    /** At least two of the case's handling officers hold a valid certificate today. */
    void requireTwoCertifiedHandlers(CaseFile f) {
        List<OfficerRef> handling = documents.handlingOfficers(f);
        long certified = handling.stream().filter(o -> o.mayEnforceOn(today())).count();
        if (certified < 2) {
            throw new BusinessRuleException("承办人员", "本案承办人员中持有效执法证的不足两人（" + handling.stream()
                    .map(o -> o.label() + (o.mayEnforceOn(today()) ? "" : "，证件无效")).reduce((a, b) -> a + "；" + b).orElse("无")
                    + "），执法人员不得少于两人（《行政处罚法》第四十二条）；请先经负责人调整承办人员");
        }
    }

    // ---- dates and texts ----

    /** A date of something that happened: required, not after today, not before {@code earliest}. */
    LocalDate past(LocalDate date, String label, LocalDate earliest, String earliestLabel) {
        if (date == null) {
            throw new BusinessRuleException(label, "请填写" + label);
        }
        if (date.isAfter(today())) {
            throw new BusinessRuleException(label, label + "不能晚于今天：已经发生的事项不能登记未来的日期");
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new BusinessRuleException(label, label + "（" + date + "）不能早于" + earliestLabel + "（" + earliest + "）");
        }
        return date;
    }

    LocalDateTime pastTime(LocalDateTime time, String label, LocalDate earliest, String earliestLabel) {
        if (time == null) {
            throw new BusinessRuleException(label, "请填写" + label);
        }
        if (time.isAfter(now())) {
            throw new BusinessRuleException(label, label + "不能晚于现在");
        }
        past(time.toLocalDate(), label, earliest, earliestLabel);
        return time;
    }

    static String text(String value, String label, int max, boolean required) {
        String t = Texts.clean(value);
        if (t == null) {
            if (required) {
                throw new BusinessRuleException(label, label + "不能为空");
            }
            return null;
        }
        if (t.length() > max) {
            throw new BusinessRuleException(label, label + "不能超过" + max + "个字");
        }
        return t;
    }

    static <T> T required(T value, String label) {
        if (value == null) {
            throw new BusinessRuleException(label, "请选择" + label);
        }
        return value;
    }
}
