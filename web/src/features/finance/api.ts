import { http, type Query } from '@/shared/http'
import type { DateOnly, Id, Paged } from '@/shared/types'
import * as C from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export type ProductKind = C.FinancialProductKind
export type FinancingStatus = C.FinancingStatus
export const PRODUCT_KINDS = C.FinancialProductKind
export const FINANCING_STATUSES = C.FinancingStatus

export interface Eligibility {
  eligible: boolean
  gaps: { code: string; required: string; actual?: string | null }[]
}

export interface ProductItem {
  id: Id
  bankId: Id
  bankName: string
  name: string
  kind: ProductKind
  description?: string | null
  minPoints?: number | null
  minGrade?: string | null
  requiredQualification?: string | null
  maxAmount: number
  rateFrom: number
  rateTo: number
  maxTermMonths: number
  active: boolean
  publishedOn: DateOnly
  version: number
  eligibility?: Eligibility | null
}

export interface ProductInput {
  name: string
  kind?: ProductKind
  description?: string
  minPoints?: number | null
  minGrade?: string | null
  maxAmount?: number
  rateFrom?: number
  rateTo?: number
  maxTermMonths?: number
  active?: boolean
  version?: number
}

export interface RequestItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  productId: Id
  productName: string
  kind: ProductKind
  bankId: Id
  bankName: string
  amount: number
  termMonths: number
  purpose?: string | null
  status: FinancingStatus
  submittedOn: DateOnly
  offeredAmount?: number | null
  offeredRate?: number | null
  offeredTermMonths?: number | null
  approvedOn?: DateOnly | null
  disbursedAmount?: number | null
  disbursedOn?: DateOnly | null
  bankNote?: string | null
  points?: number | null
  grade?: string | null
  version: number
}

export interface ConsentItem {
  bankId: Id
  bankName: string
  granted: boolean
  grantedAt?: string | null
  revokedAt?: string | null
}

export interface FinanceStats {
  products: number
  requests: number
  creditGranted: number
  disbursed: number
  pointsLoanDisbursed: number
  disbursedByBank: { key: string; count: number; amount: number }[]
  voucherEnterprises: number
  vouchersApproved: number
  vouchersRedeemed: number
  fundsSecured: number
  fundsApproved: number
}

const base = '/api/finance'

export const financeApi = {
  products: (query: Query) => http.get<Paged<ProductItem>>(`${base}/products`, query),
  createProduct: (input: ProductInput) => http.post<ProductItem>(`${base}/products`, input),
  updateProduct: (id: Id, input: ProductInput) => http.put<ProductItem>(`${base}/products/${id}`, input),
  requests: (query: Query) => http.get<Paged<RequestItem>>(`${base}/requests`, query),
  requestsExport: `${base}/requests/export`,
  createRequest: (input: { productId: Id; amount?: number; termMonths?: number; purpose?: string }) => http.post<RequestItem>(`${base}/requests`, input),
  offer: (id: Id, input: { amount?: number; rate?: number; termMonths?: number; note?: string; version: number }) =>
    http.post<RequestItem>(`${base}/requests/${id}/offer`, input),
  approve: (id: Id, version: number) => http.post<RequestItem>(`${base}/requests/${id}/approve`, { version }),
  disburse: (id: Id, input: { amount?: number; version: number }) => http.post<RequestItem>(`${base}/requests/${id}/disburse`, input),
  decline: (id: Id, input: { note?: string; version: number }) => http.post<RequestItem>(`${base}/requests/${id}/decline`, input),
  withdraw: (id: Id, version: number) => http.post<RequestItem>(`${base}/requests/${id}/withdraw`, { version }),
  consents: () => http.get<ConsentItem[]>(`${base}/consents`),
  grant: (bankId: Id) => http.put<void>(`${base}/consents/${bankId}`, {}),
  revoke: (bankId: Id) => http.delete(`${base}/consents/${bankId}`),
  stats: () => http.get<FinanceStats>(`${base}/stats`),
}
