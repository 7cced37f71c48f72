package org.casework.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.base.RuleViolation;
import org.casework.base.TextRules;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment's list of petition channels. Every signed-in user reads it; system administrators add,
 * rename, reorder and deactivate channels. A channel that petitions use cannot be deleted, only deactivated
 * (a deactivated channel keeps its petitions and figures, but new petitions cannot be registered on it).
 */
@Service
@Transactional(readOnly = true)
public class PetitionChannelService {

    private final PetitionChannelRepository channels;
    private final PetitionRepository petitions;
    private final CurrentUser current;

    PetitionChannelService(PetitionChannelRepository channels, PetitionRepository petitions, CurrentUser current) {
        this.channels = channels;
        this.petitions = petitions;
        this.current = current;
    }

    /** All channels in their order; the inactive ones only when asked for. */
    public List<ChannelRef> list(boolean includeInactive) {
        current.get();
        return channels.findAllByOrderBySortOrderAscCodeAsc().stream().filter(c -> includeInactive || c.active)
                .map(PetitionChannel::toRef).toList();
    }

    public Optional<ChannelRef> find(String code) {
        return code == null ? Optional.empty() : channels.findById(code.trim()).map(PetitionChannel::toRef);
    }

    /** How many petitions were registered on the channel. */
    public long usage(String code) {
        current.require(Role.ADMIN);
        return petitions.countByChannelCode(code);
    }

    @Transactional
    public ChannelRef add(String code, String name, int sortOrder) {
        current.require(Role.ADMIN);
        List<RuleViolation> v = new ArrayList<>();
        TextRules.required(v, "渠道代码", code, 32);
        TextRules.required(v, "渠道名称", name, 100);
        if (code != null && !code.isBlank() && channels.existsById(code.trim())) {
            v.add(new RuleViolation("渠道代码", "渠道代码已存在：" + code.trim()));
        }
        BusinessRuleException.throwIfAny(v);
        PetitionChannel c = new PetitionChannel();
        c.code = code.trim();
        c.name = name.trim();
        c.sortOrder = sortOrder;
        channels.save(c);
        return c.toRef();
    }

    /** Renames and reorders a channel; its code, which petitions and ledgers use, stays. */
    @Transactional
    public ChannelRef rename(String code, String name, int sortOrder) {
        current.require(Role.ADMIN);
        PetitionChannel c = require(code);
        List<RuleViolation> v = new ArrayList<>();
        TextRules.required(v, "渠道名称", name, 100);
        BusinessRuleException.throwIfAny(v);
        c.name = name.trim();
        c.sortOrder = sortOrder;
        return c.toRef();
    }

    @Transactional
    public ChannelRef setActive(String code, boolean active) {
        current.require(Role.ADMIN);
        PetitionChannel c = require(code);
        c.active = active;
        return c.toRef();
    }

    @Transactional
    public void delete(String code) {
        current.require(Role.ADMIN);
        PetitionChannel c = require(code);
        long used = petitions.countByChannelCode(c.code);
        if (used > 0) {
            throw new BusinessRuleException("渠道代码", "渠道“" + c.name + "”已有" + used + "件信访投诉使用，不能删除，可以停用");
        }
        channels.delete(c);
    }

    private PetitionChannel require(String code) {
        return channels.findById(code == null ? "" : code.trim())
                .orElseThrow(() -> new NotFoundException("渠道不存在：" + code));
    }
}
