package org.hourglass.api.identity;

/** C-1: ID document types. Only resident IDs carry a check character; a policy may refuse the others (BJ Q31). */
public enum IdType {
    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT
}
