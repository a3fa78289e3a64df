package org.hourglass.api.accounts;

/**
 * Body of {@code PUT /api/v1/organizations/{id}/admin-phone} (C-8, seed 000 Q16 "如需更改绑定的单位管理员手机号码，登录后在【账号
 * 设置】里重新绑定"): the new phone and the {@code ADMIN_PHONE_BINDING} code sent to it. The phone is the admin's login.
 */
public record AdminPhoneBinding(String phone, String code) {
}
