// Which data-scope fields each role needs (the server rejects a user without them).
import type { Role } from '@/shared/enums'
import type { UserScope } from './api'

export type ScopeField = keyof UserScope

export function scopeFieldsOf(role: Role | undefined): ScopeField[] {
  if (!role || role === 'SystemAdmin') return []
  const fields: ScopeField[] = ['zoneId']
  if (role === 'ParkOfficer' || role === 'ServiceOfficer') fields.push('parkId')
  if (role === 'DepartmentStaff') fields.push('departmentId')
  if (role === 'EnterpriseUser') fields.push('enterpriseId')
  if (role === 'BankUser') fields.push('bankId')
  return fields
}

/** The scope fields the role does not use, cleared so that no stale value is sent. */
export function withScopeFor<T extends UserScope & { role?: Role }>(input: T): T {
  const keep = new Set(scopeFieldsOf(input.role))
  const result = { ...input }
  for (const field of ['zoneId', 'parkId', 'departmentId', 'enterpriseId', 'bankId'] as const) {
    if (!keep.has(field)) result[field] = null
  }
  return result
}
