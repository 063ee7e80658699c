// Labels and select options for the service desk's enums (kept in this feature, not in the shared enum list).
import { useI18n } from 'vue-i18n'
import { SERVICE_ENUMS, type ServiceEnum } from './api'

export function useServiceLabels() {
  const { t, te } = useI18n()
  const label = (kind: ServiceEnum, value: string | null | undefined) => {
    if (!value) return ''
    const key = `enums.${kind}.${value}`
    return te(key) ? t(key) : value
  }
  const options = (kind: ServiceEnum) => SERVICE_ENUMS[kind].map((value) => ({ value: value as string, label: label(kind, value) }))
  return { label, options }
}

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
export const STATUS_TYPES: Record<string, TagType> = { Submitted: 'warning', Accepted: 'primary', InProgress: 'primary', Resolved: 'success', Closed: 'info' }
export const DEADLINE_TYPES: Record<string, TagType> = { OnTime: 'success', DueSoon: 'warning', Overdue: 'danger', None: 'info' }
export const URGENCY_TYPES: Record<string, TagType> = { Normal: 'info', Urgent: 'warning', Critical: 'danger' }
export const LEVEL_TYPES: Record<string, TagType> = { Officer: 'info', ParkDepartments: 'primary', JointMeeting: 'warning', PrincipalLeaders: 'danger' }
