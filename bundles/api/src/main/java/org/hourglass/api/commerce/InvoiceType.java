package org.hourglass.api.commerce;

/** 普票 / 专票 (BJ Q48). */
public enum InvoiceType {
    NORMAL, SPECIAL
}
