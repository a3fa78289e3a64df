package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.commerce.Charge;
import org.hourglass.api.commerce.ChargeKind;
import org.hourglass.api.commerce.ChargeRequest;
import org.hourglass.api.commerce.InvoiceIntent;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.commerce.NewOrder;
import org.hourglass.api.commerce.NewOrderLine;
import org.hourglass.api.platform.PolicyRegistry;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.CourseType;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.text.PlainText;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;

/**
 * Turns {@code POST /api/v1/orders} into a priced draft: who buys (the caller's own organisation, institution or
 * learner account), from whom, under which policy, and at the server's prices — a client never sets a price.
 * Every invalid field is reported at once; nothing is stored here.
 */
final class OrderPricing {
    static final Party PLATFORM = new Party(PartyKind.PLATFORM, null, "Hourglass platform");
    static final int MAX_LINES = 50;

    private final CourseDirectory courses;
    private final ClassDirectory classes;
    private final PolicyRegistry policies;
    private final OrganizationDirectory organizations;
    private final InstitutionDirectory institutions;
    private final LearnerDirectory learners;
    private final CommerceConfig config;
    private final ChargeKinds charges;
    private final TimeSource time;

    OrderPricing(CourseDirectory courses, ClassDirectory classes, PolicyRegistry policies, OrganizationDirectory organizations,
            InstitutionDirectory institutions, LearnerDirectory learners, CommerceConfig config, ChargeKinds charges, TimeSource time) {
        this.charges = charges;
        this.time = time;
        this.courses = courses;
        this.classes = classes;
        this.policies = policies;
        this.organizations = organizations;
        this.institutions = institutions;
        this.learners = learners;
        this.config = config;
    }

    OrderDraft price(Caller caller, NewOrder body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.lines() == null || body.lines().isEmpty() || body.lines().size() > MAX_LINES) {
            throw Problem.invalidField("lines", "1 to " + MAX_LINES + " lines");
        }
        Party buyer = buyer(caller, body);
        String policy = body.policy() == null || body.policy().isBlank() ? null : body.policy().trim();
        List<PricedLine> lines = new ArrayList<>();
        List<Party> sellers = new ArrayList<>();
        for (int i = 0; i < body.lines().size(); i++) {
            NewOrderLine line = body.lines().get(i);
            String f = "lines[" + i + "]";
            if (line == null || line.kind() == null || line.kind().isBlank()) {
                errors.add(new FieldError(f + ".kind", "one of " + charges.known()));
                continue;
            }
            Optional<Priced> priced = switch (line.kind()) {
                case LineKinds.COURSE_COPIES -> copies(buyer, line, f, errors);
                case LineKinds.CLASS_ENROLMENT -> enrolment(buyer, line, f, errors);
                case LineKinds.LIVE_MINUTES -> liveMinutes(buyer, line, f, errors);
                case LineKinds.ANNUAL_SERVICE -> annual(buyer, line, f, errors);
                default -> contributed(buyer, line, f, errors);
            };
            priced.ifPresent(p -> {
                lines.add(p.line());
                sellers.add(p.seller());
                if (p.policy() != null && policy != null && !policy.equals(p.policy())) {
                    errors.add(new FieldError("policy", "the class runs under '" + p.policy() + "'"));
                }
            });
        }
        if (sellers.stream().distinct().count() > 1) {
            errors.add(new FieldError("lines", "BJ-12: one seller per order, because each seller invoices its own sales"));
        }
        String effectivePolicy = policy != null ? policy
                : lines.isEmpty() ? null : enrolmentPolicy(body);
        if (effectivePolicy == null && lines.stream().anyMatch(l -> LineKinds.COURSE_COPIES.equals(l.kind()))) {
            errors.add(new FieldError("policy", "required: the policy the copies are bought under decides their refunds (BJ-11)"));
        }
        invoiceIntentErrors(body.invoice(), buyer, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the order has invalid fields", errors);
        }
        if (effectivePolicy != null) {
            policies.require(effectivePolicy);
        }
        return new OrderDraft(effectivePolicy, buyer, sellers.get(0), lines, body.invoice() == null ? null
                : new InvoiceIntent(body.invoice().title() == null || body.invoice().title().isBlank() ? null : body.invoice().title().strip(),
                        body.invoice().delivery()));
    }

    /**
     * JS-3: the invoice's title and delivery given with the order — a learner's title is plain text of at most 100
     * characters; an organisation or institution is invoiced under its registered name, so it gives none.
     */
    private static void invoiceIntentErrors(InvoiceIntent invoice, Party buyer, List<FieldError> errors) {
        if (invoice == null || invoice.title() == null || invoice.title().isBlank()) {
            return;
        }
        if (buyer.kind() != PartyKind.LEARNER) {
            errors.add(new FieldError("invoice.title", "an organisation or institution is invoiced under its registered name; leave it out"));
        } else if (invoice.title().strip().length() > 100 || !PlainText.isPlain(invoice.title())) {
            errors.add(new FieldError("invoice.title", "at most 100 characters, no control or format characters"));
        }
    }

    private record Priced(PricedLine line, Party seller, String policy) {
    }

    private String enrolmentPolicy(NewOrder body) {
        return body.lines().stream().filter(l -> l != null && LineKinds.CLASS_ENROLMENT.equals(l.kind()) && l.classId() != null)
                .map(l -> classes.find(l.classId()).map(c -> c.policy()).orElse(null)).filter(p -> p != null).findFirst().orElse(null);
    }

    /** BJ-10: copies of on-demand courses, bought by organisations, sold by the course's provider at its catalogue price. */
    private Optional<Priced> copies(Party buyer, NewOrderLine line, String f, List<FieldError> errors) {
        if (buyer.kind() != PartyKind.ORGANIZATION) {
            errors.add(new FieldError(f + ".kind", "BJ-10: course copies are bought by organisations"));
            return Optional.empty();
        }
        if (!quantity(line.quantity(), 1, 100_000, f, errors)) {
            return Optional.empty();
        }
        Optional<CourseView> course = line.courseId() == null ? Optional.empty() : courses.find(line.courseId());
        if (course.isEmpty()) {
            errors.add(new FieldError(f + ".courseId", "required, an existing course"));
            return Optional.empty();
        }
        CourseView c = course.get();
        if (c.type() != CourseType.FREE_ON_DEMAND && c.type() != CourseType.PAID_ON_DEMAND) {
            errors.add(new FieldError(f + ".courseId", "BJ-10: copies are sold of on-demand courses, not of " + c.type() + " ones"));
            return Optional.empty();
        }
        Money price = c.price() == null ? Money.ZERO : c.price();
        return Optional.of(new Priced(new PricedLine(LineKinds.COURSE_COPIES, "Course copies: " + c.title(), c.id(), null, line.quantity(),
                price), (c.providerId() != null ? new Party(PartyKind.INSTITUTION, c.providerId(), c.provider())
                : new Party(PartyKind.PROVIDER, null, c.provider())), null));
    }

    /** JS-3: a learner's enrolment in a class, at the fee its policy asks, paid to the class's owner. */
    private Optional<Priced> enrolment(Party buyer, NewOrderLine line, String f, List<FieldError> errors) {
        if (buyer.kind() != PartyKind.LEARNER) {
            errors.add(new FieldError(f + ".kind", "JS-3: an enrolment is bought by the learner"));
            return Optional.empty();
        }
        if (line.quantity() != null && line.quantity() != 1) {
            errors.add(new FieldError(f + ".quantity", "one enrolment per line"));
            return Optional.empty();
        }
        Optional<ClassContext> cls = line.classId() == null ? Optional.empty() : classes.context(line.classId());
        if (cls.isEmpty()) {
            errors.add(new FieldError(f + ".classId", "required, an existing class"));
            return Optional.empty();
        }
        ClassContext c = cls.get();
        Money fee = policies.require(c.policyCode()).enrolmentFee(c);
        return Optional.of(new Priced(new PricedLine(LineKinds.CLASS_ENROLMENT, "Enrolment: " + c.name(), c.classId(), null, 1, fee),
                named(c.owner()), c.policyCode()));
    }

    /** A line of a kind a plug-in contributes: priced by it from the facts of the line; paid and invoiced like any other. */
    private Optional<Priced> contributed(Party buyer, NewOrderLine line, String f, List<FieldError> errors) {
        Optional<ChargeKind> kind = charges.find(line.kind());
        if (kind.isEmpty() || !kind.get().orderable()) {
            errors.add(new FieldError(f + ".kind", kind.isEmpty() ? "one of " + charges.known() : line.kind() + " is not ordered by clients"));
            return Optional.empty();
        }
        Charge c = kind.get().price(new ChargeRequest(buyer, line.refId(), line.quantity(), line.service(), time.now()));
        if (c == null || c.refused()) {
            (c == null ? List.of(new FieldError("kind", "refused")) : c.errors())
                    .forEach(e -> errors.add(new FieldError(f + "." + e.field(), e.message())));
            return Optional.empty();
        }
        if (c.seller() == null || c.unitPrice() == null || c.unitPrice().isNegative() || c.quantity() < 1 || c.quantity() > 1_000_000
                || c.description() == null || c.description().isBlank()) {
            throw new Problem(503, "policy-not-deployed", "Policy failed", "policy '" + kind.get().policyCode() + "' priced a "
                    + line.kind() + " line it cannot sell (no seller, no price or a bad quantity); nothing was changed", List.of());
        }
        return Optional.of(new Priced(new PricedLine(line.kind(), c.description().length() > 300 ? c.description().substring(0, 300) : c.description(), c.refId(), line.service(), c.quantity(),
                c.unitPrice()), c.seller(), kind.get().policyCode()));
    }

    /** IN-8: prepaid live-stream minutes, bought by institutions from the platform. */
    private Optional<Priced> liveMinutes(Party buyer, NewOrderLine line, String f, List<FieldError> errors) {
        if (buyer.kind() != PartyKind.INSTITUTION) {
            errors.add(new FieldError(f + ".kind", "IN-8: live-stream minutes are bought by institutions"));
            return Optional.empty();
        }
        if (!quantity(line.quantity(), 1, 10_000_000, f, errors)) {
            return Optional.empty();
        }
        return Optional.of(new Priced(new PricedLine(LineKinds.LIVE_MINUTES, "Live-stream minutes, prepaid", null, Balances.TOP_UP,
                line.quantity(), Money.parse(config.liveMinutePrice())), PLATFORM, null));
    }

    /** IN-8: a year of the own-courses or own-portal service, paid when bought. */
    private Optional<Priced> annual(Party buyer, NewOrderLine line, String f, List<FieldError> errors) {
        if (buyer.kind() != PartyKind.INSTITUTION) {
            errors.add(new FieldError(f + ".kind", "IN-8: annual services are bought by institutions"));
            return Optional.empty();
        }
        String price = "OWN_COURSES".equals(line.service()) ? config.ownCoursesYearPrice()
                : "OWN_PORTAL".equals(line.service()) ? config.ownPortalYearPrice() : null;
        if (price == null) {
            errors.add(new FieldError(f + ".service", "OWN_COURSES or OWN_PORTAL"));
            return Optional.empty();
        }
        if (!quantity(line.quantity(), 1, 5, f, errors)) {
            return Optional.empty();
        }
        return Optional.of(new Priced(new PricedLine(LineKinds.ANNUAL_SERVICE, "Annual service " + line.service() + ", years",
                null, line.service(), line.quantity(), Money.parse(price)), PLATFORM, null));
    }

    private static boolean quantity(Integer q, int min, int max, String f, List<FieldError> errors) {
        if (q == null || q < min || q > max) {
            errors.add(new FieldError(f + ".quantity", "required, " + min + " to " + max));
            return false;
        }
        return true;
    }

    /** The caller's own organisation, institution or learner account; the platform admin names the buyer. */
    private Party buyer(Caller caller, NewOrder body) {
        if (caller.hasRole(Roles.PLATFORM_ADMIN)) {
            if ((body.organizationId() == null) == (body.institutionId() == null)) {
                throw Problem.invalid("name the buyer", List.of(new FieldError("organizationId",
                        "the platform admin orders for exactly one organisation or institution")));
            }
            return body.organizationId() != null ? organization(body.organizationId()) : institution(body.institutionId());
        }
        if (body.organizationId() != null || body.institutionId() != null) {
            throw Problem.invalidField(body.organizationId() != null ? "organizationId" : "institutionId",
                    "only the platform admin orders for someone else; leave it out");
        }
        if (caller.hasRole(Roles.ORG_ADMIN) && caller.organizationId() != null) {
            return organization(caller.organizationId());
        }
        if (caller.hasRole(Roles.INSTITUTION_STAFF) && caller.institutionId() != null) {
            if (!caller.hasRole(Roles.BILLING_ADMIN)) {
                throw Problem.forbidden("C-6: an institution's orders are placed by its billing admin");
            }
            return institution(caller.institutionId());
        }
        if (caller.hasRole(Roles.LEARNER)) {
            String name = learners.find(caller.accountId()).map(l -> l.name()).orElse("learner " + caller.accountId());
            return new Party(PartyKind.LEARNER, caller.accountId(), name);
        }
        throw Problem.forbidden("this account buys for no organisation, institution or learner");
    }

    /** A class owner as a seller, with its registered name. */
    private Party named(Party owner) {
        if (owner.name() != null || owner.id() == null) {
            return owner;
        }
        return switch (owner.kind()) {
            case ORGANIZATION -> organization(owner.id());
            case INSTITUTION -> institution(owner.id());
            default -> owner;
        };
    }

    private Party organization(long id) {
        return organizations.find(id).map(o -> new Party(PartyKind.ORGANIZATION, o.id(), o.name()))
                .orElseThrow(() -> Problem.invalidField("organizationId", "no organisation " + id));
    }

    private Party institution(long id) {
        return institutions.find(id).map(i -> new Party(PartyKind.INSTITUTION, i.id(), i.name()))
                .orElseThrow(() -> Problem.invalidField("institutionId", "no institution " + id));
    }
}
