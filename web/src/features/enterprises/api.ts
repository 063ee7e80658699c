import { download, http, upload, type Query } from '@/shared/http'
import type { EnterpriseStatus, LifecycleKind, QualificationType, Scale } from '@/shared/enums'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'

/** The zone an import writes to, for a user of several zones (a user of one zone imports into it: no parameter). */
const zoneQuery = (zoneId?: Id) => (zoneId ? `?zoneId=${encodeURIComponent(zoneId)}` : '')

export interface EnterpriseItem {
  id: Id
  creditCode: string
  name: string
  parkId: Id
  parkName: string
  industryChain: string
  industryChainName: string
  scale: Scale
  status: EnterpriseStatus
  registeredOn: DateOnly
  qualifications: QualificationType[]
  latestYear?: number | null
  latestRevenue?: number | null
  contactName?: string | null
  /** Masked (`138****5678`) unless the caller has `enterprises.write`. */
  contactPhone?: string | null
}

export const REPORT_FIELDS = [
  'revenue', 'highTechRevenue', 'rdExpense', 'domesticRdExpense', 'operatingCost', 'netAssets', 'totalAssets',
  'netProfit', 'taxes', 'employees', 'techStaff', 'rdStaff', 'inventionPatents', 'utilityModels', 'designPatents',
  'softwareCopyrights', 'otherClassOneIp', 'mainBusinessRevenue', 'totalLiabilities', 'highValueClassOneIp',
  'selfDevelopedClassOneIp', 'equityFinancing', 'graduatesHired',
] as const
export type ReportField = (typeof REPORT_FIELDS)[number]

/** Every numeric field is nullable: null = not reported, never zero. */
export type AnnualReportInput = Record<ReportField, number | null> & {
  /** 建筑业 / 房地产开发经营 only: the licence or development business the 规上 rule reads; null = not declared. */
  sizeDeclaration?: boolean | null
}
export type AnnualReport = AnnualReportInput & { year: number }

export interface QualificationHeld {
  id: Id
  type: QualificationType
  level?: string | null
  certificateNo?: string | null
  issuedOn: DateOnly
  expiresOn?: DateOnly | null
  /** Issued and not expired today. */
  inForce?: boolean
}

export interface QualificationInput {
  type: QualificationType | undefined
  level?: string | null
  certificateNo?: string | null
  issuedOn: DateOnly | undefined
  expiresOn?: DateOnly | null
}

export interface LifecycleEvent {
  id?: Id
  kind: LifecycleKind
  occurredOn: DateOnly
  note?: string | null
}

export interface LifecycleInput {
  kind: LifecycleKind | undefined
  occurredOn: DateOnly | undefined
  note?: string | null
}

/** 规上 / 限上 as the rules read the latest reported year (the server's AboveSizeDto). */
export interface AboveSize {
  year: number
  verdict: 'Above' | 'Below' | 'Declaration' | 'Unknown' | 'OutOfScope'
  className: string | null
  classNameEn: string | null
  industrial: boolean
  figure: number | null
  figureName: 'MainBusinessRevenue' | 'Revenue' | null
  thresholdWan: number | null
  declaration: string | null
  declarationEn: string | null
  since: number | null
  note: string
  noteEn: string
  sourceTitle: string
  sourceUrl: string
}

export interface EnterpriseDetail extends EnterpriseItem {
  industryCode?: string | null
  aboveSize?: AboveSize | null
  address?: string | null
  legalRepresentative?: string | null
  industryLink?: string | null
  zoneId: Id
  isDemo: boolean
  version: number | string
  reports: AnnualReport[]
  qualificationsHeld: QualificationHeld[]
  lifecycle: LifecycleEvent[]
}

export interface EnterpriseInput {
  creditCode: string
  name: string
  parkId: Id | undefined
  industryChain: string | undefined
  industryLink?: string | null
  industryCode?: string | null
  scale: Scale | undefined
  registeredOn: DateOnly | undefined
  address?: string | null
  legalRepresentative?: string | null
  contactName?: string | null
  contactPhone?: string | null
  /** Only when updating (optimistic concurrency). */
  version?: number | string
}

const base = '/api/enterprises'

export const enterpriseApi = {
  list: (query: Query) => http.get<Paged<EnterpriseItem>>(base, query),
  exportPath: `${base}/export`,
  get: (id: Id) => http.get<EnterpriseDetail>(`${base}/${id}`),
  create: (input: EnterpriseInput) => http.post<EnterpriseDetail>(base, input),
  update: (id: Id, input: EnterpriseInput) => http.put<EnterpriseDetail>(`${base}/${id}`, input),
  saveReport: (id: Id, year: number, input: AnnualReportInput) => http.put<AnnualReport>(`${base}/${id}/reports/${year}`, input),
  deleteReport: (id: Id, year: number) => http.delete(`${base}/${id}/reports/${year}`),
  addQualification: (id: Id, input: QualificationInput) => http.post<QualificationHeld>(`${base}/${id}/qualifications`, input),
  deleteQualification: (id: Id, qualificationId: Id) => http.delete(`${base}/${id}/qualifications/${qualificationId}`),
  addLifecycle: (id: Id, input: LifecycleInput) => http.post<LifecycleEvent>(`${base}/${id}/lifecycle`, input),
  downloadTemplate: () => download(`${base}/import/template`, undefined, '企业导入模板.xlsx'),
  import: (file: File, zoneId?: Id) => upload<ImportResult>(`${base}/import${zoneQuery(zoneId)}`, file),
  batchLibrary: (ids: Id[], targetTier: QualificationType, targetYear: number) =>
    http.post<EnterpriseBatchResult>(`${base}/batch/library`, { ids, targetTier, targetYear }),
  batchPark: (ids: Id[], parkId: Id) => http.post<EnterpriseBatchResult>(`${base}/batch/park`, { ids, parkId }),
}

/** What a batch action did: how many enterprises changed, how many were already so, and each enterprise. */
export interface EnterpriseBatchResult {
  changed: number
  unchanged: number
  rows: { id: Id; name: string; changed: boolean }[]
}

export type ReportStatus = 'Accepted' | 'Pending' | 'Returned'

/** A yearly report with where it stands in review: only accepted ones count in any figure. */
export interface AnnualReportView {
  figures: AnnualReport
  status: ReportStatus
  submittedAt?: string | null
  reviewedAt?: string | null
  returnReason?: string | null
  version: number
}

/** An import of yearly reports or titles, and the background run re-evaluating the enterprises concerned (GET /api/runs/{runId}). */
export interface BulkImportResult extends ImportResult {
  runId?: string | null
}

const reportsBase = '/api/annual-reports'

export const annualReportApi = {
  list: (id: Id) => http.get<AnnualReportView[]>(`${reportsBase}/enterprises/${id}`),
  file: (id: Id, year: number, input: AnnualReportInput & { version?: number }) =>
    http.put<AnnualReportView>(`${reportsBase}/enterprises/${id}/${year}`, input),
  accept: (id: Id, year: number, version: number) => http.post<AnnualReportView>(`${reportsBase}/enterprises/${id}/${year}/accept`, { version }),
  return: (id: Id, year: number, version: number, reason: string) =>
    http.post<AnnualReportView>(`${reportsBase}/enterprises/${id}/${year}/return`, { version, reason }),
  downloadTemplate: () => download(`${reportsBase}/import/template`, undefined, '年度报表导入模板.xlsx'),
  import: (file: File, zoneId?: Id) => upload<BulkImportResult>(`${reportsBase}/import${zoneQuery(zoneId)}`, file),
  downloadTitlesTemplate: () => download('/api/qualifications/import/template', undefined, '资质名单导入模板.xlsx'),
  importTitles: (file: File, zoneId?: Id) => upload<BulkImportResult>(`/api/qualifications/import${zoneQuery(zoneId)}`, file),
  review: (query: Query) => http.get<Paged<ReviewItem>>(`${reportsBase}/review`, query),
  missing: (query: Query) => http.get<MissingList>(`${reportsBase}/missing`, query),
  missingExportPath: `${reportsBase}/missing/export`,
  remind: (id: Id, year: number) => http.post<{ users: number }>(`${reportsBase}/enterprises/${id}/${year}/remind`, {}),
}

/** A report an enterprise filed, in the park's review queue. */
export interface ReviewItem {
  enterpriseId: Id
  creditCode: string
  name: string
  parkName: string
  year: number
  status: ReportStatus
  submittedAt?: string | null
  reviewedAt?: string | null
  returnReason?: string | null
  revenue?: number | null
  version: number
}

/** An active enterprise with no report (or a returned one) for the year: a line of the 催报 list. */
export interface MissingItem {
  enterpriseId: Id
  creditCode: string
  name: string
  parkName: string
  status?: ReportStatus | null
  returnReason?: string | null
}

export interface MissingList {
  year: number
  page: Paged<MissingItem>
}
