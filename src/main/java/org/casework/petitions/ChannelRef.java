package org.casework.petitions;

/** A petition channel as pickers and the channel list show it. */
public record ChannelRef(String code, String name, int sortOrder, boolean active) {

    public String label() {
        return code.equals(name) ? name : name + "（" + code + "）";
    }
}
