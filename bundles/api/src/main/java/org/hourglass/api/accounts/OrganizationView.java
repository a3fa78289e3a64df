package org.hourglass.api.accounts;

import java.time.Instant;

public record OrganizationView(long id, String name, String creditCode, String responsiblePerson, String businessRegion,
        String insuredRegion, Instant createdAt) {
}
