/**
 * Commerce: orders with lines, payments (online through a {@link org.hourglass.api.payment.BankGateway}
 * or by bank transfer with a reviewed proof), invoices issued by the seller, refunds decided by the
 * order's policy ({@link org.hourglass.api.policy.TrainingPolicy#mayRefund}), course-copy stock (BJ-10)
 * and prepaid balances settled nightly (IN-8). The commerce bundle owns the tables ({@code COM_*}).
 */
@org.osgi.annotation.versioning.Version("2.2.0")
package org.hourglass.api.commerce;
