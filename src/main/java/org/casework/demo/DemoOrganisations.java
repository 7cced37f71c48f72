package org.casework.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.org.MediationBodyType;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.security.Role;
import org.casework.security.SystemUsers;
import org.springframework.stereotype.Component;

/**
 * The demo district: 滨湖新区 with two street offices, a squad, a mediation committee, a village
 * committee, a bureau and a 矛调中心; one user per role (password = user name).
 * Codes are six- and nine-digit division-style codes so that they do not collide with an imported ledger.
 */
@Component
class DemoOrganisations {

    static final String DISTRICT = "320599";
    static final String JD1 = "320599001";
    static final String JD2 = "320599002";
    static final String SQUAD1 = "320599001-ZF";
    static final String COMMITTEE1 = "320599001-TW";
    static final String VILLAGE2 = "320599002-CW";
    static final String BUREAU = "320599-CG";
    static final String CENTRE = "320599-MT";

    private final OrgService orgs;
    private final SystemUsers users;

    DemoOrganisations(OrgService orgs, SystemUsers users) {
        this.orgs = orgs;
        this.users = users;
    }

    Map<String, OrgRef> create() {
        Map<String, OrgRef> byCode = new LinkedHashMap<>();
        OrgRef district = add(byCode, DISTRICT, "滨湖新区", null, OrgType.DISTRICT, null, "滨");
        OrgRef jd1 = add(byCode, JD1, "滨湖新区东湖街道办事处", district, OrgType.STREET, null, "东街");
        add(byCode, JD2, "滨湖新区西山街道办事处", district, OrgType.STREET, null, "西街");
        add(byCode, SQUAD1, "东湖街道综合行政执法队", jd1, OrgType.SQUAD, null, "东执");
        add(byCode, COMMITTEE1, "东湖街道人民调解委员会", jd1, OrgType.MEDIATION_COMMITTEE, MediationBodyType.TOWNSHIP_STREET, "东调");
        add(byCode, VILLAGE2, "西山街道桃源村人民调解委员会", byCode.get(JD2), OrgType.MEDIATION_COMMITTEE, MediationBodyType.VILLAGE, "桃调");
        add(byCode, BUREAU, "滨湖新区城市管理局", district, OrgType.BUREAU, null, "滨城管");
        add(byCode, CENTRE, "滨湖新区矛盾纠纷调处化解中心", district, OrgType.MEDIATION_CENTRE, MediationBodyType.CENTRE, "滨矛调");

        user("admin", "系统管理员", district, Role.ADMIN);
        user("leader", "王建国", district, Role.LEADER);
        user("officer", "李明", byCode.get(JD1), Role.OFFICER);
        user("officer2", "赵强", byCode.get(JD1), Role.OFFICER);
        user("reviewer", "陈静", byCode.get(JD1), Role.LEGAL_REVIEWER);
        user("head", "刘洋", byCode.get(JD1), Role.HEAD);
        user("jd1leader", "孙丽", byCode.get(JD1), Role.LEADER);
        user("officer3", "周涛", byCode.get(JD2), Role.OFFICER);
        user("jd2leader", "吴敏", byCode.get(JD2), Role.LEADER);
        user("mediator", "郑芳", byCode.get(COMMITTEE1), Role.MEDIATOR);
        user("centre", "冯磊", byCode.get(CENTRE), Role.MEDIATOR);
        user("clerk", "何雪", byCode.get(JD1), Role.PETITION_CLERK);
        return byCode;
    }

    private OrgRef add(Map<String, OrgRef> byCode, String code, String name, OrgRef parent, OrgType type,
                       MediationBodyType bodyType, String prefix) {
        OrgRef org = orgs.create(new OrgCommand(code, name, parent == null ? null : parent.id(), type, bodyType, prefix, true));
        byCode.put(code, org);
        return org;
    }

    private void user(String username, String name, OrgRef org, Role role) {
        users.provision(username, name, org.id(), EnumSet.of(role), username);
    }
}
