package org.casework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.casework.org.OrgCommand;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.org.OrgType;
import org.casework.security.Colleagues;
import org.casework.security.Role;
import org.casework.security.UserService;
import org.casework.security.UserService.UserForm;
import org.casework.security.UserService.UserSummary;
import org.casework.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference cache remembers organisations, users and the groups tasks go to between transactions,
 * and forgets them as soon as Hibernate writes one: a role taken away or a user disabled counts on the
 * next call, not a minute later. Each test builds its own committed district (as the figure tests do).
 */
@SpringBootTest
@ActiveProfiles("test")
class ReferenceCacheTest {

    private static final AtomicInteger TREES = new AtomicInteger();

    @Autowired
    ReferenceCache cache;
    @Autowired
    OrgService orgs;
    @Autowired
    Colleagues colleagues;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private OrgRef district;
    private OrgRef squad;
    private String prefix;

    @BeforeEach
    void district() {
        SignIn.as(userDetails, "admin");
        prefix = "RC" + TREES.incrementAndGet();
        district = orgs.create(new OrgCommand(prefix, "缓存测试区" + prefix, null, OrgType.DISTRICT, null, null, true));
        squad = orgs.create(new OrgCommand(prefix + "-ZF", "缓存测试执法队" + prefix, district.id(), OrgType.SQUAD, null, null, true));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private UserSummary user(String name, OrgRef org, Role... roles) {
        return users.create(new UserForm(prefix.toLowerCase() + name, "用户" + name, org.id(), EnumSet.of(roles[0], roles)), "Passw0rd" + prefix);
    }

    @Test
    void valuesAreRememberedBetweenTransactionsUntilForgotten() {
        UserSummary head = user("head", district, Role.HEAD);
        assertThat(colleagues.byUsername(head.username()).orElseThrow().displayName()).isEqualTo("用户head");
        jdbc.update("UPDATE app_user SET display_name = ? WHERE id = ?", "改名", head.id());

        assertThat(colleagues.byUsername(head.username()).orElseThrow().displayName())
                .as("SQL outside Hibernate is not seen while the value is remembered").isEqualTo("用户head");
        cache.forget();
        assertThat(colleagues.byUsername(head.username()).orElseThrow().displayName()).isEqualTo("改名");
    }

    @Test
    void aRoleGivenOrTakenAwayCountsAtOnce() {
        assertThat(colleagues.groupFor(Role.HEAD, squad.id())).as("nobody holds the role: the squad's own group").isEqualTo("HEAD@" + squad.code());
        UserSummary head = user("head", district, Role.HEAD);
        assertThat(colleagues.groupFor(Role.HEAD, squad.id())).as("the district's head serves the squad").isEqualTo("HEAD@" + district.code());

        UserSummary squadHead = user("squadhead", squad, Role.HEAD);
        assertThat(colleagues.groupFor(Role.HEAD, squad.id())).isEqualTo("HEAD@" + squad.code());
        assertThat(colleagues.byUsername(squadHead.username()).orElseThrow().has(Role.HEAD)).isTrue();

        // only the role collection changes
        users.update(squadHead.id(), new UserForm(squadHead.username(), squadHead.displayName(), squad.id(), EnumSet.of(Role.OFFICER)));
        assertThat(colleagues.byUsername(squadHead.username()).orElseThrow().has(Role.HEAD)).isFalse();
        assertThat(colleagues.groupFor(Role.HEAD, squad.id())).isEqualTo("HEAD@" + district.code());

        users.setEnabled(head.id(), false);
        assertThat(colleagues.byId(head.id()).orElseThrow().enabled()).isFalse();
        assertThat(colleagues.groupFor(Role.HEAD, squad.id())).as("a disabled head serves nobody").isEqualTo("HEAD@" + squad.code());
    }

    @Test
    void aNewOrganisationIsInsideItsParentsScopeAtOnce() {
        assertThat(orgs.subtreeIds(district.id())).containsExactlyInAnyOrder(district.id(), squad.id());
        OrgRef street = orgs.create(new OrgCommand(prefix + "-JD", "缓存测试街道" + prefix, district.id(), OrgType.STREET, null, null, true));

        assertThat(orgs.subtreeIds(district.id())).containsExactlyInAnyOrder(district.id(), squad.id(), street.id());
        assertThat(orgs.all()).extracting(OrgRef::id).contains(street.id());
        assertThat(orgs.byIds(List.of(squad.id(), street.id()))).containsOnlyKeys(squad.id(), street.id());

        orgs.update(street.id(), new OrgCommand(prefix + "-JD", "改名街道" + prefix, district.id(), OrgType.STREET, null, null, true));
        assertThat(orgs.get(street.id()).name()).isEqualTo("改名街道" + prefix);
        assertThat(orgs.byIds(List.of(street.id())).get(street.id()).name()).isEqualTo("改名街道" + prefix);
    }

    @Test
    void aTransactionThatChangesReadsPastTheCacheAndLeavesNothingBehindWhenRolledBack() {
        UserSummary officer = user("officer", squad, Role.OFFICER);
        assertThat(colleagues.byUsername(officer.username()).orElseThrow().displayName()).isEqualTo("用户officer");

        transactions.executeWithoutResult(status -> {
            users.update(officer.id(), new UserForm(officer.username(), "新名字", squad.id(), EnumSet.of(Role.OFFICER)));
            assertThat(colleagues.byUsername(officer.username()).orElseThrow().displayName())
                    .as("its own change, before any flush").isEqualTo("新名字");
            status.setRollbackOnly();
        });

        assertThat(colleagues.byUsername(officer.username()).orElseThrow().displayName()).isEqualTo("用户officer");
    }
}
