package org.casework.enforcement;

import org.casework.testsupport.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casework.base.AccessDeniedException;
import org.casework.base.NotFoundException;
import org.casework.org.OrgService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Roles and organisation scope: a JD2 officer neither reads nor writes a JD1 case; leaders only read. */
@SpringBootTest
@ActiveProfiles("test")
class PenaltyCaseScopeTest {

    @Autowired PenaltyCaseService cases;
    @Autowired OrgService orgs;
    @Autowired UserDetailsService users;

    long jd1;
    long jd2;
    PenaltyCaseDetail jd1Case;

    @BeforeEach
    void aCaseOfJd1() {
        jd1 = orgs.requireByCode(CaseRow.JD1).id();
        jd2 = orgs.requireByCode(CaseRow.JD2).id();
        SignIn.as(users, "officer");
        jd1Case = cases.create(CaseRow.fine().toForm(jd1));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOfficerOfJd2CannotReadAJd1Case() {
        SignIn.as(users, "officer3");
        assertThatThrownBy(() -> cases.get(jd1Case.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.search(new PenaltyCaseFilter(jd1, null, null, null, null), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.search(new PenaltyCaseFilter(null, null, null, null, jd1Case.form().caseNo()), 0, 10)).isEmpty();
        assertThat(cases.count(PenaltyCaseFilter.all())).isEqualTo(
                cases.search(PenaltyCaseFilter.all(), 0, 10_000).stream().filter(r -> r.orgId() == jd2).count());
    }

    @Test
    void anOfficerOfJd2CannotWriteAJd1Case() {
        SignIn.as(users, "officer3");
        assertThatThrownBy(() -> cases.update(jd1Case.id(), null, jd1Case.form())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.create(CaseRow.fine().toForm(jd1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.importCase(CaseRow.fine().toImport())).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.create(CaseRow.fine().with(r -> r.orgCode = CaseRow.JD2).toForm(jd2)).id()).isNotNull();
    }

    @Test
    void anOfficerOfJd2CannotMoveHisCaseIntoJd1() {
        SignIn.as(users, "officer3");
        PenaltyCaseDetail own = cases.create(CaseRow.fine().with(r -> r.orgCode = CaseRow.JD2).toForm(jd2));
        CaseRow moved = CaseRow.fine().with(r -> r.caseNo = own.form().caseNo());
        assertThatThrownBy(() -> cases.update(own.id(), null, moved.toForm(jd1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadersReadButDoNotWrite() {
        SignIn.as(users, "leader");
        assertThat(cases.get(jd1Case.id()).id()).isEqualTo(jd1Case.id());
        assertThat(cases.mayEdit()).isFalse();
        assertThatThrownBy(() -> cases.update(jd1Case.id(), null, jd1Case.form())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "jd2leader");
        assertThatThrownBy(() -> cases.get(jd1Case.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolesWithoutEnforcementWorkSeeNoCases() {
        SignIn.as(users, "mediator");
        assertThatThrownBy(() -> cases.get(jd1Case.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.count(PenaltyCaseFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void headsReviewersAndAdministratorsWrite() {
        for (String user : new String[] {"head", "reviewer", "admin"}) {
            SignIn.as(users, user);
            assertThat(cases.mayEdit()).isTrue();
            PenaltyCaseDetail c = cases.get(jd1Case.id());
            PenaltyCaseDetail saved = cases.update(c.id(), c.version(), c.form());
            assertThat(saved.version()).isEqualTo(c.version());
        }
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> cases.get(999_999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStaleFormIsRefused() {
        PenaltyCaseForm changed = CaseRow.fine().with(r -> {
            r.caseNo = jd1Case.form().caseNo();
            r.cause = "超出门窗外墙经营";
        }).toForm(jd1);
        PenaltyCaseDetail saved = cases.update(jd1Case.id(), jd1Case.version(), changed);
        assertThat(saved.version()).isGreaterThan(jd1Case.version());
        assertThatThrownBy(() -> cases.update(jd1Case.id(), jd1Case.version(), jd1Case.form()))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }
}
