package org.hourglass.api.messaging;

/** Why a verification code was sent (C-7, C-2, JS-1, C-8). */
public enum CodePurpose {
    /** Self-registration or activation of a pre-created account: name, ID, phone + code (C-2, JS-1). */
    REGISTRATION,
    /** Password reset through the bound phone (C-7). */
    PASSWORD_RESET,
    /** Binding (or re-binding) a phone to the logged-in account before study (C-2, C-3). */
    PHONE_BINDING,
    /** An organisation registering itself with its admin phone (C-8, seed 000 Q13). */
    ORG_REGISTRATION,
    /** An organisation admin re-binding the admin phone, his login (C-8, seed 000 Q16). */
    ADMIN_PHONE_BINDING
}
