package org.hourglass.api.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * C-1: ID document types. Only resident IDs carry a check character; a policy may refuse the others (BJ Q31). Each has its
 * official Chinese name (seed 003's 证件类型, written on exports) and the short names people type in roster files (C-21).
 */
public enum IdType {
    RESIDENT_ID("居民身份证"), PASSPORT("护照"), HK_MACAO_PERMIT("港澳居民来往内地通行证"), TAIWAN_PERMIT("台湾居民来往大陆通行证");

    private static final Map<String, IdType> SHORT_NAMES = Map.of("身份证", RESIDENT_ID, "港澳通行证", HK_MACAO_PERMIT, "回乡证",
            HK_MACAO_PERMIT, "台胞证", TAIWAN_PERMIT);

    private final String chineseName;

    IdType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The official Chinese name, e.g. 居民身份证. */
    public String chineseName() {
        return chineseName;
    }

    /** The type named by {@code text}: its enum name (any case), its official Chinese name or a common short name; else empty. */
    public static Optional<IdType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (IdType type : values()) {
            if (type.chineseName.equals(t) || type.name().equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.ofNullable(SHORT_NAMES.get(t));
    }
}
