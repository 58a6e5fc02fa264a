/**
 * The Forge app's entry points: exactly the handlers manifest.yml names. Each is a thin adapter
 * defined in its own module (resolvers, workflow rules, triggers, macro exports).
 */
export { adminResolver } from './resolvers/admin-resolver';
export { issuePanelResolver } from './resolvers/issue-panel-resolver';
export { issueGlanceStatus } from './resolvers/issue-glance-status';
export { soaMacroResolver } from './resolvers/soa-macro-resolver';
export { policyMacroResolver } from './resolvers/policy-macro-resolver';
export { reviewMacroResolver } from './resolvers/review-macro-resolver';
export { gapMacroResolver } from './resolvers/gap-macro-resolver';
export { auditProgrammeMacroResolver } from './resolvers/audit-programme-macro-resolver';
export { readinessMacroResolver } from './resolvers/readiness-macro-resolver';
export { scopeMacroResolver } from './resolvers/scope-macro-resolver';
export { overviewResolver } from './resolvers/overview-resolver';
export { transitionValidator } from './workflows/transition-validator';
export { postFunction } from './workflows/post-function';
export { onIssueEvent } from './triggers/issue-event-trigger';
export { onIssueLinkEvent } from './triggers/issue-link-event-trigger';
export { onAppInstalled } from './triggers/app-installed-trigger';
export { onProvisioningEvent } from './triggers/provisioning-consumer';
export { flagOverdueWork } from './triggers/overdue-scan';
export { openDuePolicyReviews } from './triggers/policy-review-scan';
export { onScanEvent } from './triggers/scan-consumer';
export { findingsWebtrigger } from './triggers/findings-webtrigger';
export { soaExport } from './macros/soa-export';
export { policyExport } from './macros/policy-export';
export { reviewExport } from './macros/review-export';
export { gapExport } from './macros/gap-export';
export { auditProgrammeExport } from './macros/audit-programme-export';
export { readinessExport } from './macros/readiness-export';
export { scopeExport } from './macros/scope-export';
