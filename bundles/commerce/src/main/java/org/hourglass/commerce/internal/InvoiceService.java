package org.hourglass.commerce.internal;

import org.hourglass.api.documents.ContentHash;
import java.util.List;
import java.util.Optional;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.commerce.InvoiceRequest;
import org.hourglass.api.commerce.InvoiceView;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.Party;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invoices (BJ-12, JS-11): asked by the buyer of a paid order, issued in the seller's name — the course
 * provider for copies — once per order (a unique constraint, so not even two racing requests make two), the
 * PDF rendered at issue and kept as issued.
 */
@Component(service = InvoiceService.class)
public class InvoiceService {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final DocumentRenderer documents;
    private final OrganizationDirectory organizations;
    private final InstitutionDirectory institutions;

    @Activate
    public InvoiceService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference DocumentRenderer documents, @Reference OrganizationDirectory organizations,
            @Reference InstitutionDirectory institutions) {
        this.jpa = jpa;
        this.time = time;
        this.documents = documents;
        this.organizations = organizations;
        this.institutions = institutions;
    }

    public InvoiceView issue(Caller caller, InvoiceRequest body) {
        Problem.requireBody(body);
        if (body.orderId() == null || body.orderId() <= 0) {
            throw Problem.invalidField("orderId", "required, a positive id");
        }
        try {
            return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
                OrderEntity o = OrderBook.load(em, body.orderId());
                OrderAccess.requireBuyer(caller, o);
                Optional<InvoiceValidation.Registered> registered = registered(o.buyer());
                InvoiceRequest asked = InvoiceValidation.withIntent(body, o.invoiceIntent()); // JS-3: what the order said
                InvoiceRequest invoice = InvoiceValidation.resolved(asked, o.buyer().name(), registered);
                List<FieldError> errors = InvoiceValidation.errors(asked, invoice, o.buyer().kind(), registered);
                if (!errors.isEmpty()) {
                    throw Problem.invalid("the invoice request has invalid fields", errors);
                }
                if (o.invoiced()) {
                    throw Problem.ruleViolated("BJ-12", "order " + o.id() + " is already invoiced; an order is invoiced once");
                }
                if (o.status() != OrderStatus.PAID || o.total().isZero()) {
                    throw Problem.conflict("order " + o.id() + " is " + o.status() + " with " + o.total()
                            + " yuan; invoices are issued for paid orders with an amount");
                }
                OrderBook.lock(em, o);
                InvoiceEntity i = new InvoiceEntity(o.id(), o.seller().name(), invoice, o.paid(), time.now());
                em.persist(i);
                em.flush();
                byte[] pdf = documents.pdf(page(i.toView(), o));
                i.pdf(pdf, ContentHash.sha256(pdf));
                o.invoiced(true);
                Audit.record(em, o, "invoiced", o.status(), Actors.of(caller), "invoice " + i.number() + " by " + o.seller().name(),
                        time.now());
                return i.toView();
            }));
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.ruleViolated("BJ-12", "order " + body.orderId() + " is already invoiced; an order is invoiced once");
            }
            throw e;
        }
    }

    /** Issue 14 item 10: an organisation's or institution's invoice names it as registered, never as typed in. */
    private Optional<InvoiceValidation.Registered> registered(Party buyer) {
        return switch (buyer.kind()) {
            case ORGANIZATION -> organizations.find(buyer.id()).map(v -> new InvoiceValidation.Registered(v.name(), v.creditCode()));
            case INSTITUTION -> institutions.find(buyer.id()).map(v -> new InvoiceValidation.Registered(v.name(), v.creditCode()));
            default -> Optional.empty();
        };
    }

    private static PrintedPage page(InvoiceView i, OrderEntity o) {
        return new PrintedPage("Invoice " + i.number(), "发票  Invoice " + i.number(), List.of(
                "开票方 Issued by: " + i.issuer(),
                "抬头 Title: " + i.title(),
                "纳税人识别号 Taxpayer id: " + (i.taxpayerId() == null ? "-" : i.taxpayerId()),
                "类型 Type: " + (i.type() == org.hourglass.api.commerce.InvoiceType.SPECIAL ? "专票 special" : "普票 normal"),
                "订单 Order: " + o.number(),
                "项目 Item: 培训费 training fee",
                "金额 Amount: ¥" + i.amount(),
                "开票日期 Issued: " + java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(i.issuedAt().atZone(TimeSource.DEFAULT_ZONE))),
                null, null, i.issuedAt());
    }

    public InvoiceView get(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity i = load(em, id);
            visible(caller, em, i);
            return i.toView();
        });
    }

    public byte[] pdf(Caller caller, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity i = load(em, id);
            visible(caller, em, i);
            return i.pdf();
        });
    }

    /** The invoices of one order the caller sees. */
    public List<InvoiceView> ofOrder(Caller caller, long orderId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OrderAccess.requireVisible(caller, OrderBook.load(em, orderId));
            return em.createQuery("select i from InvoiceEntity i where i.orderId = :o", InvoiceEntity.class).setParameter("o", orderId)
                    .getResultList().stream().map(InvoiceEntity::toView).toList();
        });
    }

    private static InvoiceEntity load(javax.persistence.EntityManager em, long id) {
        InvoiceEntity i = em.find(InvoiceEntity.class, id);
        if (i == null) {
            throw Problem.notFound("invoice", id);
        }
        return i;
    }

    private static void visible(Caller caller, javax.persistence.EntityManager em, InvoiceEntity i) {
        OrderEntity o = em.find(OrderEntity.class, i.orderId());
        if (o == null || !OrderAccess.sees(caller, o.buyer(), o.seller())) {
            throw Problem.notFound("invoice", i.id());
        }
    }
}
