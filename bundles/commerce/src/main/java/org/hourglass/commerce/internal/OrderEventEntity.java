package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.api.commerce.OrderEventView;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.persistence.UtcInstant;

/** The audit trail of an order: append-only, written in the transaction of the change it records. */
@Entity
@Table(name = "COM_ORDER_EVENT", indexes = @Index(name = "COM_ORDER_EVENT_ORDER", columnList = "ORDER_ID"))
public class OrderEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORDER_ID", nullable = false)
    private long orderId;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 20)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", nullable = false, length = 20)
    private OrderStatus toStatus;

    @Column(name = "ACTOR", nullable = false, length = 120)
    private String actor;

    @Column(name = "REASON", length = 500)
    private String reason;

    @Convert(converter = UtcInstant.class)
    @Column(name = "EVENT_AT", nullable = false)
    private Instant at;

    protected OrderEventEntity() {
    }

    OrderEventEntity(long orderId, String action, OrderStatus from, OrderStatus to, String actor, String reason, Instant at) {
        this.orderId = orderId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.reason = Texts.clip(reason);
        this.at = at;
    }

    OrderEventView toView() {
        return new OrderEventView(id, orderId, action, fromStatus, toStatus, actor, reason, at);
    }
}
