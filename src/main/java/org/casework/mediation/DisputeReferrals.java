package org.casework.mediation;

import java.util.List;
import java.util.Optional;
import org.casework.base.NotFoundException;
import org.casework.org.OrgRef;
import org.casework.org.OrgService;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.ScopedOrgs;
import org.casework.security.UserContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes referred from petitions (访调对接): a petition clerk turns a petition into a dispute of a mediation
 * body in their scope; the dispute is received as referred (委托移送) and keeps the petition it came from
 * (dispute.petition_id), while the petition keeps the dispute (petition.converted_dispute_id). Each is
 * counted once, in its own kind.
 */
@Service
@Transactional(readOnly = true)
public class DisputeReferrals {

    /** Petition clerks refer petitions; mediators see the mediation bodies (the dialog's choices). */
    static final Role[] REFERRERS = {Role.PETITION_CLERK, Role.MEDIATOR};
    /** Who may see what a petition was turned into (on the petition's page) or where a dispute came from. */
    static final Role[] LINK_READERS = {Role.PETITION_CLERK, Role.MEDIATOR, Role.LEADER, Role.ADMIN};

    private final DisputeService disputes;
    private final DisputeRepository repository;
    private final OrgService orgs;
    private final ScopedOrgs scoped;
    private final CurrentUser current;
    private final JdbcTemplate jdbc;

    DisputeReferrals(DisputeService disputes, DisputeRepository repository, OrgService orgs, ScopedOrgs scoped,
                     CurrentUser current, JdbcTemplate jdbc) {
        this.disputes = disputes;
        this.repository = repository;
        this.orgs = orgs;
        this.scoped = scoped;
        this.current = current;
        this.jdbc = jdbc;
    }

    /** A dispute as a petition's page shows what it was turned into. */
    public record Referred(long id, String disputeNo, String bodyName, String statusLabel) {
    }

    /** The petition a dispute came from, as the dispute's page links back to it. */
    public record SourcePetition(long id, String petitionNo) {
    }

    /** The mediation bodies a petition may be referred to: those in the user's scope. */
    public List<OrgRef> bodies() {
        current.require(REFERRERS);
        return scoped.visibleMediationBodies();
    }

    /**
     * Registers the dispute of a referred petition (source: 委托移送), linked to the petition: by a petition clerk
     * whose scope holds both the petition and the mediation body.
     */
    @Transactional
    public DisputeDetail referFromPetition(DisputeForm form, long petitionId) {
        current.require(Role.PETITION_CLERK);
        Long petitionOrg = jdbc.queryForList("SELECT org_id FROM petition WHERE id = ?", Long.class, petitionId).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("信访事项不存在：" + petitionId));
        current.requireScope(petitionOrg);
        DisputeForm referred = new DisputeForm(form.bodyId(), form.disputeNo(), form.kind(), IntakeSource.REFERRED,
                form.category(), form.parties(), form.facts(), form.acceptedDate(), null, null, null, null, false, null, false,
                null);
        return disputes.register(referred, petitionId);
    }

    /** The dispute a petition was turned into, for a user who may see the petition and the mediation body. */
    public Optional<Referred> referred(long disputeId) {
        UserContext user = current.get();
        if (!user.hasAny(LINK_READERS)) {
            return Optional.empty();   // e.g. a head, who reads petitions to approve extensions but not disputes
        }
        return repository.findById(disputeId).filter(d -> user.canSee(d.orgId))
                .map(d -> new Referred(d.id, d.disputeNo, orgs.get(d.orgId).name(), d.status.label()));
    }

    /** The petition a dispute came from (by a plain query, so that mediation does not depend on petitions). */
    public Optional<SourcePetition> sourceOf(long disputeId) {
        UserContext user = current.get();
        if (!user.hasAny(LINK_READERS)) {
            return Optional.empty();
        }
        Long petitionId = repository.findById(disputeId).filter(d -> user.canSee(d.orgId)).map(d -> d.petitionId)
                .orElse(null);
        if (petitionId == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT petition_no FROM petition WHERE id = ?", String.class, petitionId).stream()
                .findFirst().map(no -> new SourcePetition(petitionId, no));
    }
}
