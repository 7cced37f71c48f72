package org.casework.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ImportOutcome;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.ledger.read.LedgerRow;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.security.CurrentUser;
import org.casework.security.Role;

/**
 * The sheets 组织机构 and 调解组织 together: a code in both is one unit (name, parent and type from
 * 组织机构, the mediation body type from 调解组织); a code only in 调解组织 becomes a unit of a fitting
 * type. Units are created parents first, whatever the order of the rows.
 */
final class OrgUnits {

    private static final Map<String, String> FIELD_COLUMNS = Map.of(
            "code", "代码", "name", "名称", "type", "类型", "parent", "上级代码");

    /** One row of either sheet, parsed. */
    private record UnitRow(LedgerRow row, String code, String name, String parentCode, OrgType orgType,
                           MediationBodyType bodyType) {
        LedgerSheet sheet() {
            return row.sheet();
        }
    }

    private enum State { NEW, VISITING, DONE, FAILED }

    /** The unit a code stands for in this file: its 组织机构 row, its 调解组织 row, or both. */
    private static final class Unit {
        final String code;
        UnitRow orgRow;
        UnitRow bodyRow;
        State state = State.NEW;

        Unit(String code) {
            this.code = code;
        }

        UnitRow mainRow() {
            return orgRow != null ? orgRow : bodyRow;
        }

        String parentCode() {
            if (orgRow != null && orgRow.parentCode() != null) {
                return orgRow.parentCode();
            }
            return bodyRow == null ? null : bodyRow.parentCode();
        }

        /** The row whose 上级代码 gave the parent, for errors about it. */
        UnitRow parentRow() {
            return orgRow != null && orgRow.parentCode() != null ? orgRow : (bodyRow != null ? bodyRow : orgRow);
        }
    }

    private final OrgService orgService;
    private final CurrentUser currentUser;
    private final ImportRun run;
    private final Map<String, Unit> units = new LinkedHashMap<>();

    OrgUnits(OrgService orgService, CurrentUser currentUser, ImportRun run) {
        this.orgService = orgService;
        this.currentUser = currentUser;
        this.run = run;
    }

    void importAll(List<LedgerRow> orgRows, List<LedgerRow> bodyRows) {
        Map<String, Integer> seenOrgs = new HashMap<>();
        Map<String, Integer> seenBodies = new HashMap<>();
        for (LedgerRow row : orgRows) {
            add(parse(row, seenOrgs), true);
        }
        for (LedgerRow row : bodyRows) {
            add(parse(row, seenBodies), false);
        }
        for (Unit unit : units.values()) {
            visit(unit, new ArrayList<>());
        }
    }

    private UnitRow parse(LedgerRow row, Map<String, Integer> seen) {
        RowParser p = new RowParser(row, code -> true);
        String code = p.text("代码");
        String name = p.text("名称");
        String parentCode = p.text("上级代码");
        OrgType orgType = null;
        MediationBodyType bodyType = null;
        if (row.sheet() == LedgerSheet.ORGANISATIONS) {
            orgType = p.lookup("类型", OrgType::fromLabel);
        } else {
            bodyType = p.lookup("类型", MediationBodyType::fromLabel);
        }
        run.rowDone(row.sheet());
        Integer first = code == null ? null : seen.putIfAbsent(code, row.number());
        if (first != null) {
            p.error("代码", "与第 " + first + " 行重复：代码“" + code + "”在本表中只能出现一次");
            p.errors().forEach(run::error);
            return null;
        }
        if (p.hasErrors()) {
            p.errors().forEach(run::error);
            if (code != null) {
                units.computeIfAbsent(code, Unit::new).state = State.FAILED;
            }
            return null;
        }
        return new UnitRow(row, code, name, parentCode, orgType, bodyType);
    }

    private void add(UnitRow row, boolean fromOrgSheet) {
        if (row == null) {
            return;
        }
        Unit unit = units.computeIfAbsent(row.code(), Unit::new);
        if (fromOrgSheet) {
            unit.orgRow = row;
        } else {
            unit.bodyRow = row;
        }
    }

    /** Creates the unit after its parent; {@code path} holds the codes being visited, to find cycles. */
    private void visit(Unit unit, List<String> path) {
        if (unit.state == State.DONE || unit.state == State.FAILED) {
            return;
        }
        if (unit.state == State.VISITING) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(unit.code), path.size()));
            cycle.add(unit.code);
            fail(unit, unit.parentRow(), "上级代码", "上级代码形成了循环：" + String.join(" → ", cycle));
            return;
        }
        unit.state = State.VISITING;
        path.add(unit.code);
        Unit parent = unit.parentCode() == null ? null : units.get(unit.parentCode());
        if (parent != null && parent != unit) {
            visit(parent, path);
        }
        path.remove(path.size() - 1);
        if (unit.state == State.VISITING) {
            save(unit, parent);
        }
    }

    private void save(Unit unit, Unit parentInFile) {
        UnitRow main = unit.mainRow();
        OrgRef existing = run.orgs().find(unit.code).orElse(null);
        String parentCode = unit.parentCode();
        Long parentId;
        if (parentCode == null) {
            parentId = existing == null ? null : existing.parentId();
        } else if (parentCode.equals(unit.code)) {
            fail(unit, unit.parentRow(), "上级代码", "上级代码不能是本机构自己的代码");
            return;
        } else if (parentInFile != null && parentInFile.state != State.DONE) {
            fail(unit, unit.parentRow(), "上级代码", "上级机构“" + parentCode + "”未能导入（见该机构所在行的错误）");
            return;
        } else {
            OrgRef parent = run.orgs().find(parentCode).orElse(null);
            if (parent == null) {
                fail(unit, unit.parentRow(), "上级代码", "上级代码“" + parentCode
                        + "”不存在（须为系统中已有的机构，或在本文件的“组织机构”“调解组织”表中列出）");
                return;
            }
            parentId = parent.id();
        }
        MediationBodyType bodyType = unit.bodyRow != null ? unit.bodyRow.bodyType()
                : existing == null ? null : existing.mediationBodyType();
        OrgType type = unit.orgRow != null ? unit.orgRow.orgType()
                : existing != null ? existing.type()
                : bodyType == MediationBodyType.CENTRE ? OrgType.MEDIATION_CENTRE : OrgType.MEDIATION_COMMITTEE;
        OrgCommand command = new OrgCommand(unit.code, main.name(), parentId, type, bodyType,
                existing == null ? null : existing.docPrefix(), existing == null || existing.active());
        try {
            checkScope(existing, parentId);
            OrgService.Upsert upsert = orgService.upsertByCode(command);
            run.orgs().put(upsert.org());
            ImportOutcome outcome = ImportOutcome.valueOf(upsert.kind().name());
            if (unit.orgRow != null) {
                run.count(LedgerSheet.ORGANISATIONS, outcome);
            }
            if (unit.bodyRow != null) {
                run.count(LedgerSheet.MEDIATION_BODIES, outcome);
            }
            unit.state = State.DONE;
        } catch (BusinessRuleException e) {
            unit.state = State.FAILED;
            for (RuleViolation v : e.violations()) {
                String column = v.field() == null ? null : FIELD_COLUMNS.getOrDefault(v.field(), v.field());
                run.error(new LedgerError(main.sheet().title(), main.row().number(), column, v.message()));
            }
        } catch (AccessDeniedException | NotFoundException e) {
            fail(unit, main, "代码", e.getMessage());
        }
    }

    /** Leaders create and change units inside their own subtree only; a top-level unit needs an administrator. */
    private void checkScope(OrgRef existing, Long parentId) {
        if (currentUser.get().has(Role.ADMIN)) {
            return;
        }
        if (existing != null) {
            currentUser.requireScope(existing.id());
            if (Objects.equals(parentId, existing.parentId())) {
                return;
            }
        }
        if (parentId == null) {
            throw new AccessDeniedException("只有系统管理员可以新建顶级机构或把机构设为顶级机构（上级代码为空）");
        }
        currentUser.requireScope(parentId);
    }

    private void fail(Unit unit, UnitRow row, String column, String message) {
        unit.state = State.FAILED;
        run.error(new LedgerError(row.sheet().title(), row.row().number(), column, message));
    }
}
