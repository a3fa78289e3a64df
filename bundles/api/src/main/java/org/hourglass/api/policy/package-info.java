/**
 * The policy SPI, version 2. A regional policy bundle implements {@link org.hourglass.api.policy.TrainingPolicy} as a
 * DS component carrying its identity ({@link org.hourglass.api.policy.PolicyIdentity}); it exports nothing and
 * imports only this API and the platform features, so installing or removing it never refreshes core. Write it on
 * {@code org.hourglass.api.policy.support} (standard rule pieces, class access, a configuration stand-in for tests)
 * and the builders of {@link org.hourglass.api.policy.LifecycleModel}, {@link org.hourglass.api.policy.CreditingRules}
 * and {@link org.hourglass.api.policy.RosterRules}; the Maven archetype {@code hourglass-policy-archetype} generates a
 * complete one.
 *
 * <h2>Facts in, decision out</h2>
 * Core gathers the facts of a decision, hands them to the hook in its request and acts on the answer, all in the
 * operation's own work: a hook reads its arguments, its configuration and its own tables, never a core service, and
 * answers the same for the same facts. Refusals are {@link org.hourglass.api.policy.Decision}s naming a rule id; core
 * turns them into 409s. While the policy is away (or FAILED) core answers 503 {@code policy-not-deployed} before
 * changing anything.
 *
 * <h2>Who calls each hook, and when</h2>
 * <table>
 * <caption>Hooks, their callers and the facts they receive</caption>
 * <tr><th>hook</th><th>called by</th><th>when</th><th>facts in the request</th></tr>
 * <tr><td>{@code validateSettings}, {@code lifecycle().initialState}, {@code rosterRules}</td><td>classes</td>
 *     <td>{@code POST /classes}, before the class is stored</td><td>the draft class (id 0)</td></tr>
 * <tr><td>{@code lifecycle}, {@code mayTransition}</td><td>classes</td><td>{@code POST /classes/{id}/transitions}, in the
 *     transition's transaction, after core checked the edge and the actor's role</td>
 *     <td>class, target state, actor and roles, reason, owner's data ({@link org.hourglass.api.policy.OwnerFacts}),
 *     roster ({@link org.hourglass.api.policy.RosterFacts}), platform time</td></tr>
 * <tr><td>{@code rosterRules}, {@code mayEnrol}</td><td>classes</td><td>each row of a roster import (also a dry run)</td>
 *     <td>class, learner, ID type, channel, owner's data, time</td></tr>
 * <tr><td>{@code mayLeave}, {@code coursesByCopy}</td><td>classes</td><td>removing a learner or withdrawing a task</td>
 *     <td>class, learner (0 for a task), minutes studied from the records (C-25)</td></tr>
 * <tr><td>{@code creditingRules}, {@code lifecycle}, {@code coursesByCopy}</td><td>records</td><td>every heartbeat, sign-in and
 *     photo</td><td>class</td></tr>
 * <tr><td>{@code examRules}, {@code mayStartExam}</td><td>records</td><td>starting an exam attempt, after core checked the
 *     paper and the attempts left</td><td>class, learner, course (null: class exam), progress % (C-35), attempts used</td></tr>
 * <tr><td>{@code coursesTaken}</td>
 *     <td>— (every course)</td>
 *     <td>JS-4 public courses for all, professional and elective ones as each learner chose</td>
 *     <td>—</td>
 *     <td>—</td></tr>
 * <tr><td>{@code recognisedHours}, {@code completion}</td><td>records</td><td>progress, certificates, settlements</td>
 *     <td>class and the learner's standing: courses watched, best scores, offline hours, disqualification</td></tr>
 * <tr><td>{@code settle}</td><td>records ({@code Settlements})</td><td>{@code GET /classes/{id}/settlement},
 *     {@code hourglass:settle}, a policy's estimates and claims</td><td>class, every roster learner's standing, time</td></tr>
 * <tr><td>{@code enrolmentFee}</td><td>commerce</td><td>pricing a class enrolment order line (JS-3)</td><td>class</td></tr>
 * <tr><td>{@code coursesTaken}</td><td>records</td><td>every study beat's first check, exam start, progress, standings</td>
 *     <td>class, the package's courses, the learners</td></tr>
 * <tr><td>{@code mayRefund}</td><td>commerce</td><td>{@code POST /orders/{id}/refunds}</td>
 *     <td>order, kind, paid at, invoiced, longest study of the copies, copies, amount, time</td></tr>
 * <tr><td>{@code refundAwaitsSeller}</td><td>commerce</td><td>an allowed {@code REFUND}: applied at once, or kept for the
 *     seller's decision ({@code POST /refunds/{id}/decision})</td><td>as {@code mayRefund}</td></tr>
 * </table>
 *
 * <h2>Which hook carries which rule</h2>
 * <table>
 * <caption>Hooks × policies (rule ids of shared/spec/RULES.md)</caption>
 * <tr><th>hook</th><th>beijing-subsidy</th><th>jiangsu-credits</th><th>hr-exam</th><th>institution-billing</th></tr>
 * <tr><td>{@code lifecycle}, {@code mayTransition}</td>
 *     <td>BJ-15 apply = close (end date := application date via {@code TransitionOutcome.newEndDate}),
 *         BJ-14 survey gate, BJ-17 untrustworthy org blocked, BJ-18 policy window, BJ-1 insured in Beijing</td>
 *     <td>JS-2 per training year (open/closed for enrolment)</td>
 *     <td>HR-2/HR-3 exam periods (open for registration, exam day, closed)</td>
 *     <td>IN-5 opening needs a roster and two review levels; IN-6 closing review, two levels</td></tr>
 * <tr><td>{@code rosterRules}</td>
 *     <td>BJ-9 ≤ 999, resident IDs only (C-1, BJ Q31)</td>
 *     <td>JS-1 accounts by self-registration</td>
 *     <td>HR-2 unique ID/phone/email (policy tables)</td>
 *     <td>IN-3 ≤ 500 and ≤ estimated headcount, editable until closing; IN-4 class-password join</td></tr>
 * <tr><td>{@code mayEnrol}, {@code enrolmentFee}, {@code mayLeave}</td>
 *     <td>BJ-1 eligible organisation, BJ-18 window, C-25/BJ-10 removal under 10 min</td>
 *     <td>JS-2 enrol in an open class, JS-3 fee (order paid opens the class), JS-9 no online class in a face-to-face year</td>
 *     <td>HR-1 free sign-up, HR-3 no registration on an exam day</td>
 *     <td>IN-3 roster deletable before opening, IN-4 join</td></tr>
 * <tr><td>{@code creditingRules}</td>
 *     <td>BJ-19 8-hour daily cap, C-31 no forward seek, C-34/BJ-15 nothing after application</td>
 *     <td>JS-5 pop-up questions on</td>
 *     <td>(videos uncredited for money; C-31)</td>
 *     <td>IN-2 daily cap, time windows, sign-in, photo capture, review after end uncredited (C-34)</td></tr>
 * <tr><td>{@code examRules}, {@code mayStartExam}</td>
 *     <td>C-35 unlimited attempts after 100 %, best score (BJ Q68)</td>
 *     <td>JS-6 class exam at 100 % class progress, or per-course quiz retaken until ≥ 60</td>
 *     <td>HR-4 registered candidates on the exam day only, HR-5 35+15 questions, pass 60</td>
 *     <td>C-35 configured attempts (e.g. 3), window, time limit, resume</td></tr>
 * <tr><td>{@code recognisedHours}, {@code completion}</td>
 *     <td>BJ-13 recognised offline hours; C-37 effective hours per type (BJ-5), BJ-17 disqualified = none</td>
 *     <td>JS-6b quiz credits a course, JS-7 certificate at 100 % and ≥ 60, once JS-4's hours are chosen</td>
 *     <td>HR-5 pass ≥ 60, HR-8 failed register again</td>
 *     <td>IN-6/IN-7 completed all = certificate</td></tr>
 * <tr><td>{@code settle}</td>
 *     <td>BJ-2..BJ-8 subsidy: 40 h threshold, 40/60/80 tiers, per-type floor, highest rate first; payer AUTHORITY, payee ORGANIZATION</td>
 *     <td>nothing owed at closing: JS-3 fees are paid at enrolment (learner → institution)</td>
 *     <td>HR-1 nothing owed (empty settlement)</td>
 *     <td>IN-6 billed heads = max(completed, ⌈90 % of joined⌉) × fee; payer INSTITUTION, payee PLATFORM</td></tr>
 * <tr><td>{@code mayRefund}</td>
 *     <td>BJ-11 refund (not invoiced, &lt; 15 days, ≤ 10 min studied), course return, equal-value exchange</td>
 *     <td>JS-3 an enrolment, whole, before study (the refund takes the learner off the roster)</td>
 *     <td>—</td>
 *     <td>IN-8 "申请退费": a paid class-closing order, whole, after the platform's review ({@code refundAwaitsSeller})</td></tr>
 * </table>
 * Rules that live entirely inside one policy's own tables and REST resources (BJ-13 offline plans, BJ-14 survey, BJ-16
 * application flow, JS-8 equivalent-credit declarations, HR-2 registrations, HR-7 export) are not SPI hooks: the policy
 * serves them from its {@link org.hourglass.api.rest.PolicyResource} under {@code /api/v1/policies/{code}/}, where it may
 * use core's services ({@code ClassDirectory}, {@code Settlements}, {@code ClassLifecycle} …) like any client.
 */
@org.osgi.annotation.versioning.Version("2.3.0")
package org.hourglass.api.policy;
