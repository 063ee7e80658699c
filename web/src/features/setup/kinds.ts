// The set-up pages (系统设置/区域设置) described as data: one generic list-and-dialog page (SetupPage.vue) per kind.
export type FieldType = 'text' | 'number' | 'select' | 'zone' | 'region' | 'bank' | 'date'

export interface SetupField {
  key: string
  type: FieldType
  required?: boolean
  /** select: the values; labels are `setup.options.<key>.<value>`. */
  options?: readonly string[]
  /** Only when creating (a chain's code, a year, the zone a row goes to). */
  createOnly?: boolean
  /** Hidden unless the user is the system administrator (the zone picker: a zone administrator has one zone). */
  adminOnly?: boolean
  min?: number
  max?: number
  maxlength?: number
}

export interface SetupColumn {
  key: string
  /** A field of the row to show instead of `key` (e.g. zoneName for zoneId). */
  show?: string
  sortable?: boolean
  options?: boolean
  width?: number
}

export interface SetupKind {
  kind: string
  path: string
  api: string
  columns: SetupColumn[]
  fields: SetupField[]
  /** Extra list filters. */
  filters?: SetupField[]
  /** The row has an active flag: deactivate/reactivate instead of delete. */
  deactivatable?: boolean
  deletable?: boolean
  creatable?: boolean
  /** Only the system administrator may create/edit rows of this kind. */
  adminWrites?: boolean
  /** The id of a row (time limits are keyed by zone). */
  idField?: string
}

export const PARK_KINDS = ['Industrial', 'Incubation', 'Logistics', 'Comprehensive', 'Other'] as const
export const STAGES = ['Opening', 'AccessPermits', 'InvestmentConstruction', 'Operation', 'ChangeRenewal', 'Exit'] as const
export const DAY_KINDS = ['Holiday', 'WorkingDay', 'LocalDayOff'] as const

const zone: SetupField = { key: 'zoneId', type: 'zone', required: true, createOnly: true, adminOnly: true }
const zoneColumn: SetupColumn = { key: 'zoneId', show: 'zoneName' }

export const SETUP_KINDS: SetupKind[] = [
  {
    kind: 'regions', path: 'regions', api: '/api/setup/regions', deactivatable: true, creatable: true, adminWrites: true,
    columns: [{ key: 'name', sortable: true }, { key: 'parentId', show: 'parentName' }],
    fields: [{ key: 'name', type: 'text', required: true, maxlength: 100 }, { key: 'parentId', type: 'region' }],
  },
  {
    kind: 'zones', path: 'zones', api: '/api/setup/zones', deactivatable: true, creatable: true, adminWrites: true,
    columns: [{ key: 'name', sortable: true }, { key: 'regionId', show: 'regionName', sortable: true }, { key: 'parkCount', width: 100 }],
    fields: [{ key: 'name', type: 'text', required: true, maxlength: 100 }, { key: 'regionId', type: 'region', required: true }],
  },
  {
    kind: 'parks', path: 'parks', api: '/api/setup/parks', deactivatable: true, creatable: true,
    columns: [zoneColumn, { key: 'name', sortable: true }, { key: 'kind', sortable: true, options: true }, { key: 'areaKm2', sortable: true, width: 120 },
      { key: 'leaderName' }, { key: 'contact' }],
    fields: [zone, { key: 'name', type: 'text', required: true, maxlength: 100 }, { key: 'kind', type: 'select', required: true, options: PARK_KINDS },
      { key: 'areaKm2', type: 'number', min: 0.01, max: 10000 }, { key: 'leaderName', type: 'text', maxlength: 50 },
      { key: 'contact', type: 'text', maxlength: 100 }, { key: 'sortOrder', type: 'number', min: 0, max: 9999 }],
    filters: [{ key: 'zoneId', type: 'zone', adminOnly: true }],
  },
  {
    kind: 'departments', path: 'departments', api: '/api/setup/departments', deactivatable: true, creatable: true,
    columns: [zoneColumn, { key: 'name', sortable: true }, { key: 'contact' }],
    fields: [zone, { key: 'name', type: 'text', required: true, maxlength: 100 }, { key: 'contact', type: 'text', maxlength: 100 }],
    filters: [{ key: 'zoneId', type: 'zone', adminOnly: true }],
  },
  {
    kind: 'chains', path: 'industry-chains', api: '/api/setup/industry-chains', deactivatable: true, creatable: true,
    columns: [zoneColumn, { key: 'code', sortable: true, width: 120 }, { key: 'name', sortable: true }, { key: 'leadEnterprises' }],
    fields: [zone, { key: 'code', type: 'text', required: true, createOnly: true, maxlength: 40 }, { key: 'name', type: 'text', required: true, maxlength: 100 },
      { key: 'leadEnterprises', type: 'text', maxlength: 500 }],
    filters: [{ key: 'zoneId', type: 'zone', adminOnly: true }],
  },
  {
    kind: 'banks', path: 'banks', api: '/api/setup/banks', deactivatable: true, creatable: true, adminWrites: true,
    columns: [{ key: 'name', sortable: true }, { key: 'branchCount', width: 110 }],
    fields: [{ key: 'name', type: 'text', required: true, maxlength: 100 }],
  },
  {
    kind: 'branches', path: 'bank-branches', api: '/api/setup/bank-branches', deactivatable: true, creatable: true,
    columns: [zoneColumn, { key: 'bankId', show: 'bankName' }, { key: 'name', sortable: true }, { key: 'address' }, { key: 'contact' }],
    fields: [zone, { key: 'bankId', type: 'bank', required: true }, { key: 'name', type: 'text', required: true, maxlength: 100 },
      { key: 'address', type: 'text', maxlength: 200 }, { key: 'contact', type: 'text', maxlength: 100 }],
    filters: [{ key: 'zoneId', type: 'zone', adminOnly: true }],
  },
  {
    kind: 'agency', path: 'agency-items', api: '/api/setup/agency-items', deactivatable: true, creatable: true,
    columns: [zoneColumn, { key: 'stage', sortable: true, options: true }, { key: 'name', sortable: true }, { key: 'authority', sortable: true },
      { key: 'promisedDays', sortable: true, width: 130 }],
    fields: [zone, { key: 'stage', type: 'select', required: true, options: STAGES }, { key: 'name', type: 'text', required: true, maxlength: 200 },
      { key: 'authority', type: 'text', required: true, maxlength: 100 }, { key: 'promisedDays', type: 'number', required: true, min: 1, max: 365 }],
    filters: [{ key: 'stage', type: 'select', options: STAGES }],
  },
  {
    kind: 'categories', path: 'service-categories', api: '/api/setup/service-categories', deactivatable: true,
    columns: [zoneColumn, { key: 'code', sortable: true, options: true }, { key: 'name', sortable: true }],
    fields: [{ key: 'name', type: 'text', required: true, maxlength: 50 }],
  },
  {
    kind: 'limits', path: 'time-limits', api: '/api/setup/time-limits', idField: 'zoneId',
    columns: [zoneColumn, { key: 'acknowledgeDays' }, { key: 'officerDays' }, { key: 'departmentDays' }, { key: 'jointMeetingDays' }, { key: 'leaderDays' },
      { key: 'reminderDays' }],
    fields: ['acknowledgeDays', 'officerDays', 'departmentDays', 'jointMeetingDays', 'leaderDays'].map((key) => ({ key, type: 'number', required: true, min: 1, max: 365 }) as SetupField)
      .concat([{ key: 'reminderDays', type: 'number', required: true, min: 0, max: 30 }]),
  },
  {
    kind: 'years', path: 'calendar-years', api: '/api/setup/calendar/years', creatable: true, adminWrites: true,
    columns: [{ key: 'year', sortable: true, width: 90 }, { key: 'title', sortable: true }, { key: 'number' }, { key: 'publishedOn', width: 120 },
      { key: 'holidays', width: 100 }, { key: 'workingDays', width: 110 }],
    fields: [{ key: 'year', type: 'number', required: true, createOnly: true, min: 2000, max: 2100 }, { key: 'title', type: 'text', required: true, maxlength: 200 },
      { key: 'number', type: 'text', maxlength: 60 }, { key: 'publishedOn', type: 'date' }, { key: 'url', type: 'text', maxlength: 500 }],
  },
  {
    kind: 'days', path: 'calendar-days', api: '/api/setup/calendar/days', creatable: true, deletable: true,
    columns: [{ key: 'date', sortable: true, width: 120 }, { key: 'kind', sortable: true, options: true }, { key: 'name', sortable: true }, { key: 'zoneId', show: 'zoneName' }],
    fields: [{ key: 'date', type: 'date', required: true }, { key: 'kind', type: 'select', required: true, options: DAY_KINDS },
      { key: 'name', type: 'text', required: true, maxlength: 50 }, { key: 'zoneId', type: 'zone', createOnly: true, adminOnly: true }],
    filters: [{ key: 'year', type: 'number', min: 2000, max: 2100 }, { key: 'kind', type: 'select', options: DAY_KINDS }],
  },
]

export const kindOf = (kind: string) => SETUP_KINDS.find((k) => k.kind === kind)!
