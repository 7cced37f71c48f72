package org.casework.demo;

import java.time.LocalDate;
import java.util.Map;
import org.casework.enforcement.EnforcementSettingsService;
import org.casework.enforcement.ProcedureSettings;
import org.casework.org.OrgRef;
import org.casework.security.Colleagues;
import org.casework.staff.OfficerForm;
import org.casework.staff.OfficerRef;
import org.casework.staff.OfficerService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's enforcement staff and settings, entered as the demo administrator would: certified
 * officers linked to the demo logins (李明, 赵强 of 东湖街道; 周涛 of 西山街道), a legal reviewer with the
 * legal qualification, officers without a login who can preside over hearings, and the district's
 * fixed texts of decisions (reconsideration body, court, where to pay).
 */
@Component
class DemoEnforcement {

    private final OfficerService officers;
    private final EnforcementSettingsService settings;
    private final Colleagues colleagues;
    private final UserDetailsService users;

    DemoEnforcement(OfficerService officers, EnforcementSettingsService settings, Colleagues colleagues, UserDetailsService users) {
        this.officers = officers;
        this.settings = settings;
        this.colleagues = colleagues;
        this.users = users;
    }

    void create(Map<String, OrgRef> orgs) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        UserDetails details = users.loadUserByUsername("admin");
        admin.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(admin);
        try {
            long jd1 = orgs.get(DemoOrganisations.JD1).id();
            long jd2 = orgs.get(DemoOrganisations.JD2).id();
            officer(jd1, "李明", "32059900101", false, "officer");
            officer(jd1, "赵强", "32059900102", false, "officer2");
            officer(jd1, "陈静", "32059900103", true, "reviewer");
            officer(jd1, "王磊", "32059900104", false, null);
            officer(jd1, "钱芳", "32059900105", false, null);
            officer(jd2, "周涛", "32059900201", false, "officer3");
            officer(jd2, "吴刚", "32059900202", false, null);
            settings.save(orgs.get(DemoOrganisations.DISTRICT).id(), new ProcedureSettings(null, false, ProcedureSettings.DEFENCE_DAYS,
                    ProcedureSettings.HEARING_REQUEST_DAYS, ProcedureSettings.PUBLICATION_DAYS, "滨湖新区人民政府", "滨湖新区人民法院",
                    "中国农业银行滨湖支行 非税收入专户（账号 6228 4801 0000 0001）或“江苏政务服务”网上缴款", "李明", "0510-8888 0001",
                    "滨湖新区东湖街道办事处综合行政执法办公室"));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void officer(long orgId, String name, String certificate, boolean legalQualification, String login) {
        OfficerRef o = officers.create(new OfficerForm(orgId, name, certificate, LocalDate.of(2030, 12, 31), LocalDate.of(2018, 1, 1),
                null, legalQualification));
        if (login != null) {
            officers.linkUser(o.id(), colleagues.byUsername(login).orElseThrow().id());
        }
    }
}
