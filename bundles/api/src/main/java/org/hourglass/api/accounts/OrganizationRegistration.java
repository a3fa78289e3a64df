package org.hourglass.api.accounts;

/**
 * Body of {@code POST /api/v1/organizations/registrations} (C-8, seed 000 Q13 "输入管理员手机号，验证码，完成单位账户注册"): an
 * organisation registers itself with its admin phone and the {@code ORG_REGISTRATION} code sent to it, and its data. The
 * insured region is not self-declared: platform staff confirm it, with its code, when they certify the organisation
 * ("完成账号注册后须完成单位信息认证方可组织开展培训").
 */
public record OrganizationRegistration(String name, String creditCode, String responsiblePerson, String businessRegion,
        String adminName, String phone, String code, String password) {
}
