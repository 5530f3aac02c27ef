// The public surface of @sroi/ui. Only re-exports; the pieces live in their own files:
// primitives/ are NL Design System components that know nothing of the domain, features/ are the
// pieces both apps share (sign-in, catalogue, contract, plan, progress, realisation).

export * from "./features/apollo-client.js";
export * from "./features/auth/account-menu.js";
export * from "./features/auth/account-page.js";
export * from "./features/auth/choose-password-page.js";
export * from "./features/auth/forgot-password-page.js";
export * from "./features/auth/login-page.js";
export * from "./features/auth/operations.js";
export * from "./features/auth/paths.js";
export * from "./features/auth/session.js";
export * from "./features/auth/wrong-app-notice.js";
export * from "./features/catalogue.js";
export * from "./features/contract.js";
export * from "./features/error-fragment.js";
export * from "./features/municipality-page.js";
export * from "./features/plan.js";
export * from "./features/plan-pages.js";
export * from "./features/progress.js";
export * from "./features/pso.js";
export * from "./features/realisation.js";
export * from "./features/route-states.js";
export * from "./primitives/class-names.js";
export * from "./primitives/data-list.js";
export * from "./primitives/date-time.js";
export * from "./primitives/error-summary.js";
export * from "./primitives/feedback.js";
export * from "./primitives/form.js";
export * from "./primitives/link.js";
export * from "./primitives/load-more.js";
export * from "./primitives/page.js";
export * from "./primitives/pagination.js";
export * from "./primitives/section-nav.js";
export * from "./primitives/table.js";
export * from "./primitives/typography.js";
