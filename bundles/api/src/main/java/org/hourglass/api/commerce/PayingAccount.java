package org.hourglass.api.commerce;

/** The bank account a transfer is paid from (IN-8): its name is the buyer's registered name. */
public record PayingAccount(String name, String number, String bank) {
}
