package org.casework.party;

import java.util.List;
import java.util.Optional;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One registry of parties (persons and organisations) for every kind of case. A party is identified
 * by its ID number (身份证号 or 统一社会信用代码) when it has one, otherwise by kind and name.
 */
@Service
@Transactional(readOnly = true)
public class PartyService {

    private final PartyRepository parties;

    PartyService(PartyRepository parties) {
        this.parties = parties;
    }

    public PartyRef get(long id) {
        return parties.findById(id).map(Party::toRef).orElseThrow(() -> new NotFoundException("当事人不存在：" + id));
    }

    /**
     * The party with this ID number (or, without one, this kind and name); created when there is none.
     * A known party's missing details are filled in, never overwritten.
     */
    @Transactional
    public PartyRef resolve(PartyKind kind, String name, String idNumber) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("当事人", "当事人名称不能为空");
        }
        if (kind == null) {
            throw new BusinessRuleException("当事人类型", "请选择当事人类型（自然人、法人、其他组织）");
        }
        String cleanName = name.trim();
        String cleanId = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
        Optional<Party> found = cleanId != null
                ? parties.findFirstByIdNumberOrderByIdAsc(cleanId)
                : parties.findFirstByKindAndNameAndIdNumberIsNullOrderByIdAsc(kind, cleanName);
        if (found.isPresent()) {
            return found.get().toRef();
        }
        Party p = new Party();
        p.kind = kind;
        p.name = cleanName;
        p.idNumber = cleanId;
        parties.save(p);
        return p.toRef();
    }

    /** Updates contact details of a party. */
    @Transactional
    public PartyRef updateContact(long id, String phone, String address) {
        Party p = parties.findById(id).orElseThrow(() -> new NotFoundException("当事人不存在：" + id));
        p.phone = phone == null || phone.isBlank() ? null : phone.trim();
        p.address = address == null || address.isBlank() ? null : address.trim();
        return p.toRef();
    }

    public List<PartyRef> search(String text, int offset, int limit) {
        String like = "%" + (text == null ? "" : text.trim()) + "%";
        int size = Math.max(limit, 1);
        return parties.search(like, PageRequest.of(offset / size, size)).stream().map(Party::toRef).toList();
    }

    public long count(String text) {
        return parties.countSearch("%" + (text == null ? "" : text.trim()) + "%");
    }
}
