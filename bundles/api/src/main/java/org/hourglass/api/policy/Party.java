package org.hourglass.api.policy;

/** A payer, payee or owner: its kind and its id in the owning bundle ({@code null} id for the authority or platform). */
public record Party(PartyKind kind, Long id, String name) {
}
