package org.hourglass.api.problem;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.text.PlainText;

/**
 * A reviewer's yes or no with its opinion, as every decision body says it ({@code "decision": "APPROVE" | "REFUSE"} or a
 * policy's own word for yes, and {@code "opinion"}): the opinion is plain text of at most 500 characters, required when
 * refusing (a refusal gives its reason). Used by the office's corrections (JS-1), fee exemptions (IN-5), declarations (JS-8).
 */
public record Verdict(boolean approved, String opinion) {
    public static final int MAX_OPINION = 500;

    /** The verdict of a body, or a 400 naming {@code decision} and {@code opinion} as they are wrong. */
    public static Verdict parse(String decision, String opinion, String yes) {
        boolean approve = yes.equals(decision);
        List<FieldError> errors = new ArrayList<>();
        if (!approve && !"REFUSE".equals(decision)) {
            errors.add(new FieldError("decision", yes + " or REFUSE"));
        }
        boolean given = opinion != null && !opinion.isBlank();
        if ((given || !approve) && (!given || opinion.length() > MAX_OPINION || !opinion.lines().allMatch(l -> l.isBlank()
                || PlainText.isPlain(l)))) {
            errors.add(new FieldError("opinion", "1 to " + MAX_OPINION + " characters of plain text; a refusal gives its reason"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the decision has invalid fields", errors);
        }
        return new Verdict(approve, given ? opinion.strip() : null);
    }
}
