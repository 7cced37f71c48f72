package org.casework.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.casework.security.CurrentUser;
import org.casework.security.Role;
import org.casework.security.UserContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One registry of parties (persons and organisations) for every kind of case. A party is identified
 * by its ID number (身份证号 or 统一社会信用代码) when it has one, otherwise by kind and name.
 * <p>
 * Across kinds, the party page, the party list, repeat parties and hot spots ask every
 * {@link PartyRecordsProvider} (each feature implements one), which answer only with what the signed-in
 * user may see; a party with no record the user may see is not shown to them (administrators excepted).
 */
@Service
@Transactional(readOnly = true)
public class PartyService {

    /** A party with at least this many records (of any kinds) is a repeat party. */
    public static final int REPEAT_RECORDS = 2;
    /** How many parties a list considers at most (per kind, then merged). */
    static final int LIST_CAP = 1000;

    private final PartyRepository parties;
    private final ObjectProvider<PartyRecordsProvider> providers;
    private final CurrentUser current;

    PartyService(PartyRepository parties, ObjectProvider<PartyRecordsProvider> providers, CurrentUser current) {
        this.parties = parties;
        this.providers = providers;
        this.current = current;
    }

    /** The party with every record of it the user may see, newest first. */
    public PartyOverview overview(long partyId) {
        UserContext user = current.get();
        PartyRef party = get(partyId);
        List<PartyRecord> records = kinds().stream().flatMap(k -> k.recordsOf(partyId).stream())
                .sorted(Comparator.comparing(PartyRecord::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(PartyRecord::kind).thenComparing(PartyRecord::id, Comparator.reverseOrder()))
                .toList();
        if (records.isEmpty() && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("您的机构范围内没有该当事人的案件记录");
        }
        return new PartyOverview(party, records);
    }

    /**
     * The parties with records the user may see, dated within the period (either end may be null), whose name
     * or ID number contains the text; most records first. {@code repeatOnly} keeps the repeat parties.
     */
    public List<PartySummary> directory(String text, LocalDate from, LocalDate to, boolean repeatOnly, int offset, int limit) {
        List<PartySummary> all = directory(text, from, to, repeatOnly);
        return all.subList(Math.min(offset, all.size()), Math.min(offset + Math.max(limit, 0), all.size()));
    }

    public long directoryCount(String text, LocalDate from, LocalDate to, boolean repeatOnly) {
        return directory(text, from, to, repeatOnly).size();
    }

    /** All-time record counts the user may see for these parties (for repeat marks in lists): party id → count. */
    public Map<Long, Long> recordCounts(Collection<Long> partyIds) {
        current.get();
        List<Long> ids = partyIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> total = new HashMap<>();
        kinds().forEach(k -> k.countsByParty(null, null, ids, ids.size()).forEach((id, n) -> total.merge(id, n, Long::sum)));
        return total;
    }

    /** Hot spots in the user's scope for the period: the most frequent parties, then each kind's own breakdown. */
    public List<HotSpot> hotSpots(LocalDate from, LocalDate to, int limit) {
        List<HotSpot> spots = new ArrayList<>();
        directory(null, from, to, true).stream().limit(limit)
                .forEach(s -> spots.add(new HotSpot("当事人", s.party().name(), s.total())));
        kinds().forEach(k -> spots.addAll(k.hotSpots(from, to, limit)));
        return spots;
    }

    private List<PartySummary> directory(String text, LocalDate from, LocalDate to, boolean repeatOnly) {
        current.get();
        List<Long> ids = text == null || text.isBlank() ? null
                : parties.searchIds("%" + text.trim() + "%", PageRequest.of(0, LIST_CAP));
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Long>> byParty = new HashMap<>();
        for (PartyRecordsProvider kind : kinds()) {
            kind.countsByParty(from, to, ids, LIST_CAP).forEach((id, n) ->
                    byParty.computeIfAbsent(id, x -> new LinkedHashMap<>()).merge(kind.kindLabel(), n, Long::sum));
        }
        Map<Long, PartyRef> refs = new HashMap<>();
        parties.findAllById(byParty.keySet()).forEach(p -> refs.put(p.id, p.toRef()));
        return byParty.entrySet().stream().filter(e -> refs.containsKey(e.getKey()))
                .map(e -> new PartySummary(refs.get(e.getKey()), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        e.getValue()))
                .filter(s -> !repeatOnly || s.repeat())
                .sorted(Comparator.comparingLong(PartySummary::total).reversed()
                        .thenComparing(s -> s.party().name()).thenComparing(s -> s.party().id()))
                .toList();
    }

    private List<PartyRecordsProvider> kinds() {
        return providers.orderedStream().toList();
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

    /**
     * The party named on a record being entered, with the contact details the form gives: resolved as
     * {@link #resolve}, then a given phone or address replaces the stored one (what the party says today
     * is current). For users who enter records; the record that names the party is what gives them the
     * right to the contact details, so unlike {@link #updateContact} no earlier record is needed.
     */
    @Transactional
    public PartyRef resolveWithContact(PartyKind kind, String name, String idNumber, String phone, String address) {
        current.require(EDITORS);
        PartyRef ref = resolve(kind, name, idNumber);
        String cleanPhone = phone == null || phone.isBlank() ? null : phone.trim();
        String cleanAddress = address == null || address.isBlank() ? null : address.trim();
        if ((cleanPhone == null || cleanPhone.equals(ref.phone())) && (cleanAddress == null || cleanAddress.equals(ref.address()))) {
            return ref;
        }
        Party p = parties.findById(ref.id()).orElseThrow(() -> new NotFoundException("当事人不存在：" + ref.id()));
        if (cleanPhone != null) {
            p.phone = cleanPhone;
        }
        if (cleanAddress != null) {
            p.address = cleanAddress;
        }
        return p.toRef();
    }

    /** Roles that enter parties on their records (and so may correct a party's contact details). */
    static final Role[] EDITORS = {Role.OFFICER, Role.MEDIATOR, Role.PETITION_CLERK, Role.ADMIN};

    /**
     * Updates contact details of a party: by a user who enters records and may see a record of the party
     * (administrators: any party).
     */
    @Transactional
    public PartyRef updateContact(long id, String phone, String address) {
        UserContext user = current.require(EDITORS);
        Party p = parties.findById(id).orElseThrow(() -> new NotFoundException("当事人不存在：" + id));
        if (!user.has(Role.ADMIN) && kinds().stream().allMatch(k -> k.recordsOf(id).isEmpty())) {
            throw new AccessDeniedException("您的机构范围内没有该当事人的案件记录");
        }
        p.phone = phone == null || phone.isBlank() ? null : phone.trim();
        p.address = address == null || address.isBlank() ? null : address.trim();
        return p.toRef();
    }

    /**
     * Parties whose name or ID number contains the text: administrators search the whole registry, everyone
     * else only the parties with records they may see (the registry itself is not scoped by organisation).
     */
    public List<PartyRef> search(String text, int offset, int limit) {
        if (!current.get().has(Role.ADMIN)) {
            return directory(text, null, null, false, offset, limit).stream().map(PartySummary::party).toList();
        }
        String like = "%" + (text == null ? "" : text.trim()) + "%";
        int size = Math.max(limit, 1);
        return parties.search(like, PageRequest.of(offset / size, size)).stream().map(Party::toRef).toList();
    }

    public long count(String text) {
        if (!current.get().has(Role.ADMIN)) {
            return directoryCount(text, null, null, false);
        }
        return parties.countSearch("%" + (text == null ? "" : text.trim()) + "%");
    }
}
