/**
 * Learning records: heartbeats and the credited-time ledger (C-30 … C-34), progress (C-32), exam
 * attempts (C-35, C-36, C-39), effective hours (C-37) and certificates (C-40). Records are facts; the
 * class's policy interprets them through {@link org.hourglass.api.policy.TrainingPolicy}.
 */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.hourglass.api.records;
