package org.hourglass.api.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A class's roster at a decision point (BJ-15 "the whole class applies", IN-5 "opening needs a roster"). */
public record RosterFacts(List<RosterMember> members) {
    public static final RosterFacts EMPTY = new RosterFacts(List.of());

    public RosterFacts {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    public Set<Long> learnerIds() {
        return members.stream().map(RosterMember::learnerId).collect(Collectors.toUnmodifiableSet());
    }
}
