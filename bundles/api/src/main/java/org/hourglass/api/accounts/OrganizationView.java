package org.hourglass.api.accounts;

import java.time.Instant;

/**
 * An organisation (C-5, C-8). {@code insuredRegion} is what it wrote; {@code insuredRegionCode} is the administrative
 * division code (GB/T 2260, six digits: 110000 Beijing, 110108 Haidian …) of where its workers are insured, confirmed by
 * platform staff — the fact eligibility rules read (BJ-1); null until confirmed (a self-registered organisation).
 * {@code selfRegistered}: it registered itself with its admin phone and a code (seed 000 Q13).
 */
public record OrganizationView(long id, String name, String creditCode, String responsiblePerson, String businessRegion,
        String insuredRegion, Instant createdAt, String insuredRegionCode, boolean selfRegistered) {
    /** A view without the region code. */
    public OrganizationView(long id, String name, String creditCode, String responsiblePerson, String businessRegion,
            String insuredRegion, Instant createdAt) {
        this(id, name, creditCode, responsiblePerson, businessRegion, insuredRegion, createdAt, null, false);
    }
}
