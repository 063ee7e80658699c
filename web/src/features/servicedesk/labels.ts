// Tag colours of the service desk's enums (the values are this feature's own SERVICE_ENUMS, labelled by the shared useEnumLabels).

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
export const STATUS_TYPES: Record<string, TagType> = { Submitted: 'warning', Accepted: 'primary', InProgress: 'primary', Resolved: 'success', Closed: 'info' }
export const DEADLINE_TYPES: Record<string, TagType> = { OnTime: 'success', DueSoon: 'warning', Overdue: 'danger', None: 'info' }
export const URGENCY_TYPES: Record<string, TagType> = { Normal: 'info', Urgent: 'warning', Critical: 'danger' }
export const LEVEL_TYPES: Record<string, TagType> = { Officer: 'info', ParkDepartments: 'primary', JointMeeting: 'warning', PrincipalLeaders: 'danger' }
