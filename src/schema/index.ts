/**
 * `offsite-direction-forms/schema`: the rules both forms share, DOM-free, for the browser and for Node.
 */
export type { CheckOptions, CheckResult, Finding, Severity } from './result.js';
export {
  addDays, dayOfWeek, daysBetween, EARLIEST_YEAR, formatDateForPeople, fromDayNumber, isIsoDate, isSupportedDate,
  LATEST_YEAR, localToday, toDayNumber,
} from './dates.js';
export { createSchoolCalendar, type SchoolCalendar, type SchoolCalendarData, type TermSpan } from './calendar.js';
export { derbyshireTermDates, englandAndWalesBankHolidays } from './calendar-data.js';
export {
  isEmail, isLaestab, isPostcode, isUkPhone, isUrn, normaliseLaestab, normalisePostcode, normaliseUpn, upnCheckLetter,
  validateUpn, type UpnCheck,
} from './identifiers.js';
export { englishLaCodes } from './la-codes.js';
export {
  defaultConfig, resolveConfig, type ConfigProblem, type FormsConfig, type FormsConfigInput, type LocalAuthorityConfig,
  type ResolvedConfig,
} from './config.js';
export { notificationFields, outcomeReviewFields, type FieldInfo, type FieldKind } from './fields.js';
export {
  checkNotification, governanceTypes, homeSchoolSchema, isRegisteredProvision, notificationDataSchema,
  notificationDerivedSchema, provisionKinds, registeredProvisionKinds, registrationFor, registrationSchema,
  sessionPatterns, submittedBySchema, yearGroups, type DeepPartial, type NotificationCheck, type NotificationData,
  type NotificationDerived, type NotificationDraft, type ProvisionKind, type Registration,
} from './notification.js';
export {
  checkOutcomeReview, outcomeKinds, outcomeReviewDataSchema, outcomeReviewDerivedSchema, outcomeReviewFromNotification,
  REVIEW_REQUEST_WINDOW_DAYS, reviewRequesters, suggestedNewSchool, type OutcomeKind, type OutcomeRegistration,
  type OutcomeReviewCheck, type OutcomeReviewData, type OutcomeReviewDerived, type OutcomeReviewDraft,
} from './outcome-review.js';
export {
  checkEnvelope, createEnvelope, envelopeFindingSchema, formNames, notificationEnvelopeSchema,
  outcomeReviewEnvelopeSchema, SCHEMA_VERSION, type EnvelopeCheck, type EnvelopeParts, type FormName,
  type NotificationEnvelope, type OutcomeReviewEnvelope, type SubmissionEnvelope,
} from './envelope.js';
export { isNotificationCopy, notificationCopySchema, type NotificationCopy } from './notification-copy.js';
export { crossFieldRules, findingCodes, type FindingCode } from './rules.js';
export { groupedShortReference, shortReference } from './reference.js';
