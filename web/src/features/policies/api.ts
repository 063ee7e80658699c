import { download, http, upload, type Query } from '@/shared/http'
import type { DateOnly, Id, Paged } from '@/shared/types'
import * as C from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export type PolicyLevel = C.PolicyLevel
export type PolicyState = C.PolicyState
export type BenefitType = C.BenefitType
export type AmountRuleKind = C.AmountRuleKind
export type ReportFigure = C.ReportFigure
export type ConditionKind = C.ConditionKind
export type ApplicationStatus = C.ApplicationStatus
export type BenefitVerdict = C.BenefitVerdict
export const POLICY_LEVELS = C.PolicyLevel
export const POLICY_STATES = C.PolicyState
export const BENEFIT_TYPES = C.BenefitType
export const AMOUNT_RULE_KINDS = C.AmountRuleKind
export const REPORT_FIGURES = C.ReportFigure
export const CONDITION_KINDS = C.ConditionKind
export const APPLICATION_STATUSES = C.ApplicationStatus

export interface AmountTier { from: number; amount: number }
export interface AmountRule {
  kind: AmountRuleKind
  fixed?: number | null
  figure?: ReportFigure | null
  rate?: number | null
  cap?: number | null
  tiers?: AmountTier[] | null
}
export interface BenefitCondition {
  kind: ConditionKind
  title?: string | null
  figure?: ReportFigure | null
  value?: number | null
  from?: DateOnly | null
  to?: DateOnly | null
  parkId?: Id | null
  chain?: string | null
  text?: string | null
  /** AboveSize / BecameAboveSize: the report year (null: the last completed year) and the sector (null: any). */
  year?: number | null
  sizeClass?: C.SizeClassCode | null
}
export interface BenefitItem {
  id?: Id
  name: string
  type?: BenefitType
  rule: AmountRule
  perEnterpriseLimit?: number | null
  budget?: number | null
  paid?: number
  remaining?: number | null
  noApplication: boolean
  conditions: BenefitCondition[]
}
export interface PolicySummary {
  id: Id
  title: string
  documentNo?: string | null
  issuingBody: string
  level: PolicyLevel
  inForceFrom: DateOnly
  inForceUntil?: DateOnly | null
  state: PolicyState
  publishedOn?: DateOnly | null
  items: number
  version: number
}
export interface PolicyDetail extends Omit<PolicySummary, 'items'> {
  zoneId: Id
  text?: string | null
  url?: string | null
  items: BenefitItem[]
}
export interface PolicyInput {
  title: string
  documentNo?: string
  issuingBody: string
  level?: PolicyLevel
  inForceFrom?: DateOnly
  inForceUntil?: DateOnly | null
  text?: string
  url?: string
  items: BenefitItem[]
  version?: number
}
export interface ConditionView {
  index: number
  kind: ConditionKind
  status: 'Met' | 'NotMet' | 'Missing' | 'Unknown'
  reason: string
  gap?: number | null
}
export interface BenefitMatch {
  policyId: Id
  policyTitle: string
  documentNo?: string | null
  level: PolicyLevel
  itemId: Id
  itemName: string
  type: BenefitType
  noApplication: boolean
  verdict: BenefitVerdict
  amount?: number | null
  amountExplanation?: string | null
  conditions: ConditionView[]
  applicationId?: Id | null
  applicationStatus?: ApplicationStatus | null
}
export interface EnterpriseMatching {
  enterpriseId: Id
  enterpriseName: string
  asOf: DateOnly
  qualifies: BenefitMatch[]
  nearly: BenefitMatch[]
}
export interface ItemMatching {
  itemId: Id
  itemName: string
  qualifying: number
  total: number
  budget?: number | null
  remaining?: number | null
  enterprises: { enterpriseId: Id; enterpriseName: string; amount?: number | null; amountExplanation?: string | null }[]
}
export interface BenefitAttachment { id: Id; fileName: string; contentType: string; size: number; uploadedAt: string; uploadedBy: string }
/** The most a file attached to an application may weigh (the server's limit). */
export const ATTACHMENT_MAX_MB = 20
export const ATTACHMENT_TYPES = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.jpg', '.jpeg', '.png', '.txt', '.zip', '.ofd']
export interface Objection { id: Id; recordedOn: DateOnly; text: string; decision: 'Pending' | 'Upheld' | 'Dismissed'; decisionNote?: string | null }
export interface ApplicationItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  policyTitle: string
  itemId: Id
  itemName: string
  status: ApplicationStatus
  noApplication: boolean
  amount: number
  appliedOn: DateOnly
  parkReviewer?: string | null
  bureauReviewer?: string | null
  reviewNote?: string | null
  noticeFrom?: DateOnly | null
  noticeUntil?: DateOnly | null
  paidAmount?: number | null
  paidOn?: DateOnly | null
  objections: Objection[]
  attachments: BenefitAttachment[]
  version: number
}

export interface PolicyStatRow { key: string; label?: string | null; enterprises: number; payments: number; amount: number }
/** 惠企政策兑现 in a year (what was paid that year), with the funds secured and vouchers approved kept by the financial supermarket. */
export interface PolicyStatistics {
  year: number
  policies: number
  items: number
  enterprises: number
  payments: number
  paid: number
  byLevel: PolicyStatRow[]
  byType: PolicyStatRow[]
  byPark: PolicyStatRow[]
  byYear: PolicyStatRow[]
  fundEnterprises: number
  fundsSecured: number
  voucherEnterprises: number
  vouchersApproved: number
}

/** A benefit item of a published or withdrawn policy, to link a voucher or fund to what it pays. */
export interface BenefitItemOption { id: Id; name: string; type: BenefitType; policyId: Id; policyTitle: string; level: PolicyLevel; state: PolicyState }

export const policiesApi = {
  items: () => http.get<BenefitItemOption[]>('/api/policies/items'),
  statistics: (year: number) => http.get<PolicyStatistics>('/api/policies/statistics', { year }),
  exportStatistics: (year: number) => download('/api/policies/statistics/export', { year }),
  list: (q: Query) => http.get<Paged<PolicySummary>>('/api/policies', q),
  get: (id: Id) => http.get<PolicyDetail>(`/api/policies/${id}`),
  create: (input: PolicyInput) => http.post<PolicyDetail>('/api/policies', input),
  update: (id: Id, input: PolicyInput) => http.put<PolicyDetail>(`/api/policies/${id}`, input),
  publish: (id: Id, version: number) => http.post<PolicyDetail>(`/api/policies/${id}/publish`, { version }),
  withdraw: (id: Id, version: number) => http.post<PolicyDetail>(`/api/policies/${id}/withdraw`, { version }),
  matchEnterprise: (enterpriseId: Id) => http.get<EnterpriseMatching>(`/api/policies/matching/enterprises/${enterpriseId}`),
  matchItem: (itemId: Id) => http.get<ItemMatching>(`/api/policies/items/${itemId}/matching`),
  applications: (q: Query) => http.get<Paged<ApplicationItem>>('/api/policies/applications', q),
  apply: (itemId: Id, declared: number[]) => http.post<ApplicationItem>(`/api/policies/items/${itemId}/applications`, { declared }),
  attach: (id: Id, file: File) => upload<BenefitAttachment>(`/api/policies/applications/${id}/attachments`, file),
  attachmentUrl: (id: Id, attachmentId: Id) => `/api/policies/applications/${id}/attachments/${attachmentId}`,
  parkReview: (id: Id, body: { approved: boolean; note?: string; version: number }) =>
    http.post<ApplicationItem>(`/api/policies/applications/${id}/park-review`, body),
  bureauReview: (id: Id, body: { approved: boolean; note?: string; amount?: number; noticeFrom?: DateOnly; noticeDays?: number; version: number }) =>
    http.post<ApplicationItem>(`/api/policies/applications/${id}/bureau-review`, body),
  object: (id: Id, text: string) => http.post<ApplicationItem>(`/api/policies/applications/${id}/objections`, { text }),
  decide: (id: Id, objectionId: Id, body: { upheld: boolean; note: string }) =>
    http.post<ApplicationItem>(`/api/policies/applications/${id}/objections/${objectionId}/decide`, body),
  payout: (id: Id, body: { amount?: number; paidOn?: DateOnly; version: number }) =>
    http.post<ApplicationItem>(`/api/policies/applications/${id}/payout`, body),
  batchPayout: (itemId: Id, body: { enterpriseIds: Id[]; paidOn: DateOnly }) =>
    http.post<{ paid: number; total: number; remaining?: number | null }>(`/api/policies/items/${itemId}/batch-payout`, body),
}

// 科技创新券 and 政策资金: the financial supermarket's records, shown and worked in the policies area.
export type VoucherStatus = C.VoucherStatus
export type FundStatus = C.FundStatus
export type FundLevel = C.FundLevel
export const VOUCHER_STATUSES = C.VoucherStatus
export const FUND_STATUSES = C.FundStatus
export const FUND_LEVELS = C.FundLevel

export interface VoucherPolicy {
  policy: string
  year: number
  source: string
  sourceUrl?: string | null
  subsidyShare: number
  capPerEnterprisePerYear: number
}
export interface VoucherProvider { id: Id; name: string; services: string; contact?: string | null; active: boolean }
export interface VoucherItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  providerId: Id
  providerName: string
  service: string
  year: number
  contractAmount: number
  requestedAmount: number
  approvedAmount?: number | null
  redeemedAmount?: number | null
  status: VoucherStatus
  appliedOn: DateOnly
  reviewedOn?: DateOnly | null
  redeemedOn?: DateOnly | null
  reviewNote?: string | null
  policyItemId?: Id | null
  policyItemName?: string | null
  version: number
}
export interface FundItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  fundName: string
  level: FundLevel
  year: number
  appliedAmount: number
  securedAmount?: number | null
  status: FundStatus
  appliedOn: DateOnly
  decidedOn?: DateOnly | null
  policyItemId?: Id | null
  policyItemName?: string | null
  version: number
}

export const moneyApi = {
  voucherPolicy: () => http.get<VoucherPolicy>('/api/finance/voucher-policy'),
  providers: () => http.get<VoucherProvider[]>('/api/finance/providers'),
  vouchers: (q: Query) => http.get<Paged<VoucherItem>>('/api/finance/vouchers', q),
  applyVoucher: (body: { providerId?: Id; service: string; contractAmount?: number; requestedAmount?: number; policyItemId?: Id }) =>
    http.post<VoucherItem>('/api/finance/vouchers', body),
  reviewVoucher: (id: Id, body: { approve: boolean; amount?: number; note?: string; version: number; policyItemId?: Id }) =>
    http.post<VoucherItem>(`/api/finance/vouchers/${id}/review`, body),
  redeemVoucher: (id: Id, body: { amount?: number; version: number }) => http.post<VoucherItem>(`/api/finance/vouchers/${id}/redeem`, body),
  funds: (q: Query) => http.get<Paged<FundItem>>('/api/finance/funds', q),
  recordFund: (body: { enterpriseId?: Id; fundName: string; level?: FundLevel; year?: number; appliedAmount?: number; policyItemId?: Id }) =>
    http.post<FundItem>('/api/finance/funds', body),
  decideFund: (id: Id, body: { approved: boolean; securedAmount?: number; version: number }) =>
    http.post<FundItem>(`/api/finance/funds/${id}/decide`, body),
}
