package org.hourglass.policy.institution.internal;

import org.hourglass.api.commerce.ChargeKind;
import org.osgi.service.component.annotations.Component;

/**
 * IN-8: the class-closing order's line kind. Not ordered by clients: the closing's last review level creates it with the
 * class's bill (IN-6); commerce then takes it through payment (bank transfer with proof), invoicing and refunds.
 */
@Component(service = ChargeKind.class)
public class ClassClosingCharge implements ChargeKind {
    static final String KIND = InstitutionPolicy.CODE + "/class-closing";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean orderable() {
        return false;
    }
}
