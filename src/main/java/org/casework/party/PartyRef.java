package org.casework.party;

/** A party (当事人) as the rest of the application sees it. */
public record PartyRef(Long id, PartyKind kind, String name, String idNumber, String phone, String address) {

    public String label() {
        return idNumber == null ? name : name + "（" + idNumber + "）";
    }
}
