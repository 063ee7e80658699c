import { download, http, upload, type Query } from '@/shared/http'
import type { Id, Paged } from '@/shared/types'

export const METER_KINDS = ['Electricity', 'Water', 'Gas'] as const
export type MeterKind = (typeof METER_KINDS)[number]
export const METER_PURPOSES = ['General', 'Lighting', 'AirConditioning', 'Production', 'Other'] as const
export type MeterPurpose = (typeof METER_PURPOSES)[number]
export const METER_UNITS = ['Kwh', 'CubicMetre'] as const
export type MeterUnit = (typeof METER_UNITS)[number]
export const ALERT_KINDS = ['Silent', 'Jump'] as const
export type MeterAlertKind = (typeof ALERT_KINDS)[number]

export interface MeterItem {
  id: Id
  code: string
  name: string
  parkId: Id
  parkName: string
  buildingId?: Id | null
  buildingName?: string | null
  kind: MeterKind
  purpose: MeterPurpose
  unit: MeterUnit
  active: boolean
  baselineYear?: number | null
  baselineMonthly?: number | null
  lastReadingAt?: string | null
  lastValue?: number | null
  version: number
}
export interface MeterInput {
  code: string
  name: string
  parkId?: Id
  buildingId?: Id | null
  kind?: MeterKind
  purpose?: MeterPurpose
  unit?: MeterUnit
  active: boolean
  baselineYear?: number | null
  baselineMonthly?: number | null
  version?: number
}
export interface ReadingItem {
  at: string
  value: number
}
export interface StoreResult {
  stored: number
  duplicates: number
  rejected: { index: number; meterCode: string; at: string; value: number; reason: string }[]
}
export interface MonthSavings {
  year: number
  month: number
  consumption?: number | null
  baseline?: number | null
  saved?: number | null
  percent?: number | null
}
export interface PlaceConsumption {
  parkId: Id
  parkName: string
  buildingId?: Id | null
  buildingName?: string | null
  consumption?: number | null
  saved?: number | null
  percent?: number | null
}
export interface ConsumptionReport {
  year: number
  kind: MeterKind
  unit: MeterUnit
  meters: number
  months: MonthSavings[]
  consumption: number
  baseline: number
  saved: number
  percent?: number | null
  monthsCounted: number
  places: PlaceConsumption[]
}
export interface AlertItem {
  id: Id
  meterId: Id
  meterCode: string
  meterName: string
  parkId: Id
  parkName: string
  kind: MeterAlertKind
  at: string
  consumption?: number | null
  typical?: number | null
  raisedAt: string
  closedAt?: string | null
  version: number
}
export interface AlertRules {
  silentHours: number
  jumpFactor: number
  typicalIntervals: number
  minimumIntervals: number
  official: boolean
  note: string
  from: string
}

const base = '/api/energy'
export const energyApi = {
  meters: (query: Query) => http.get<Paged<MeterItem>>(`${base}/meters`, query),
  metersExport: `${base}/meters/export`,
  createMeter: (input: MeterInput) => http.post<MeterItem>(`${base}/meters`, input),
  updateMeter: (id: Id, input: MeterInput) => http.put<MeterItem>(`${base}/meters/${id}`, input),
  removeMeter: (id: Id) => http.delete(`${base}/meters/${id}`),
  readings: (id: Id, query: Query) => http.get<Paged<ReadingItem>>(`${base}/meters/${id}/readings`, query),
  addReading: (id: Id, at: string, value: number) => http.post<StoreResult>(`${base}/meters/${id}/readings`, { at, value }),
  downloadTemplate: () => download(`${base}/readings/import/template`, undefined, '表计读数导入模板.xlsx'),
  importReadings: (file: File) => upload<StoreResult>(`${base}/readings/import`, file),
  consumption: (query: Query) => http.get<ConsumptionReport>(`${base}/consumption`, query),
  alerts: (query: Query) => http.get<Paged<AlertItem>>(`${base}/alerts`, query),
  alertRules: () => http.get<AlertRules>(`${base}/alert-rules`),
  checkAlerts: () => http.post<{ raised: number; closed: number }>(`${base}/alerts/check`, {}),
  closeAlert: (id: Id, version: number) => http.post<AlertItem>(`${base}/alerts/${id}/close`, { version }),
}
