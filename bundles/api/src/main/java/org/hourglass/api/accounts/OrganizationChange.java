package org.hourglass.api.accounts;

import java.time.Instant;

/** One audited change of an organisation's field: what it was, what it became, which account changed it and when. */
public record OrganizationChange(String field, String oldValue, String newValue, long changedBy, Instant changedAt) {
}
