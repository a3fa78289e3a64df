package org.hourglass.api.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A policy's class lifecycle: states, edges, and what each state allows.
 *
 * @param studyStates   states in which study is credited (C-23 still applies: not before the start date)
 * @param closedStates  states after which nothing is credited (C-34, BJ-15, IN-6)
 */
public record LifecycleModel(String initialState, List<Transition> transitions, Set<String> studyStates,
        Set<String> closedStates) {
    public LifecycleModel {
        transitions = List.copyOf(transitions);
        studyStates = Set.copyOf(studyStates);
        closedStates = Set.copyOf(closedStates);
    }

    public Optional<Transition> edge(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }
}
