package org.hourglass.api.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A policy's class lifecycle: states, edges, and what each state allows. States are the policy's own names
 * (upper case, e.g. {@code PLANNED}, {@code OPEN}, {@code APPLIED}); the constructor checks that every state
 * named in an edge or a set is declared, so a typo fails when the policy is built, not at a class's transition.
 *
 * @param states        every state, the initial one first
 * @param studyStates   states in which study is credited (C-23 still applies: not before the start date)
 * @param closedStates  states after which nothing is credited (C-34, BJ-15, IN-6)
 */
public record LifecycleModel(List<String> states, List<Transition> transitions, Set<String> studyStates,
        Set<String> closedStates) {
    private static final Pattern STATE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public LifecycleModel {
        states = List.copyOf(new LinkedHashSet<>(states));
        transitions = List.copyOf(transitions);
        studyStates = Set.copyOf(studyStates);
        closedStates = Set.copyOf(closedStates);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a lifecycle has at least its initial state");
        }
        for (String s : states) {
            if (!STATE.matcher(s).matches()) {
                throw new IllegalArgumentException("state '" + s + "': upper-case letters, digits and _, at most 40");
            }
        }
        for (Transition t : transitions) {
            requireDeclared(states, t.from(), "transition from");
            requireDeclared(states, t.to(), "transition to");
        }
        for (String s : studyStates) {
            requireDeclared(states, s, "study state");
        }
        for (String s : closedStates) {
            requireDeclared(states, s, "closed state");
            if (studyStates.contains(s)) {
                throw new IllegalArgumentException("state " + s + " cannot be both a study state and a closed state");
            }
        }
    }

    private static void requireDeclared(List<String> states, String state, String what) {
        if (!states.contains(state)) {
            throw new IllegalArgumentException(what + " '" + state + "' is not a declared state " + states);
        }
    }

    /** The state a new class starts in. */
    public String initialState() {
        return states.get(0);
    }

    public Optional<Transition> edge(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    public boolean studyIn(String state) {
        return studyStates.contains(state);
    }

    public boolean closedIn(String state) {
        return closedStates.contains(state);
    }

    /** Starts a lifecycle at its initial state. */
    public static Builder startingIn(String initialState) {
        return new Builder(initialState);
    }

    /** Fluent construction: states are declared as edges, study and closed states name them. */
    public static final class Builder {
        private final List<String> states = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private final Set<String> study = new LinkedHashSet<>();
        private final Set<String> closed = new LinkedHashSet<>();

        private Builder(String initial) {
            states.add(initial);
        }

        /** An edge {@code from → to} that actors with any of {@code roles} may take; both states become declared. */
        public Builder transition(String from, String to, String... roles) {
            declare(from);
            declare(to);
            transitions.add(new Transition(from, to, Set.of(roles)));
            return this;
        }

        public Builder studyIn(String... states) {
            study.addAll(List.of(states));
            return this;
        }

        public Builder closedIn(String... states) {
            closed.addAll(List.of(states));
            return this;
        }

        private void declare(String state) {
            if (!states.contains(state)) {
                states.add(state);
            }
        }

        public LifecycleModel build() {
            return new LifecycleModel(states, transitions, study, closed);
        }
    }
}
